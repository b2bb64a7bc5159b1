import { describe, expect, it, vi } from 'vitest';
import { installProcessErrorHandlers, watchWindowFailures, type WatchedWindow } from './failure-handling';

type Listener = (...args: unknown[]) => void;

function setup(response = 0) {
  const winListeners: Record<string, Listener> = {};
  const pageListeners: Record<string, Listener> = {};
  let visible = false;
  const win = {
    isDestroyed: () => false,
    isVisible: () => visible,
    show: vi.fn(() => (visible = true)),
    on: (name: string, fn: Listener) => (winListeners[name] = fn),
    webContents: { on: (name: string, fn: Listener) => (pageListeners[name] = fn), reload: vi.fn() },
  };
  let time = 0;
  const deps = {
    dialog: {
      showMessageBox: vi.fn(async () => ({ response, checkboxChecked: false })),
      showErrorBox: vi.fn(),
    },
    logError: vi.fn(),
    quit: vi.fn(),
    now: () => time,
  };
  watchWindowFailures(win as unknown as WatchedWindow, deps);
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return {
    win,
    deps,
    settle,
    advance: (ms: number) => (time += ms),
    crash: (reason = 'crashed') => pageListeners['render-process-gone']!({}, { reason, exitCode: 5 }),
    failLoad: (code: number, mainFrame = true) =>
      pageListeners['did-fail-load']!(
        {},
        code,
        'ERR_FILE_NOT_FOUND',
        'app://profproba/index.html',
        mainFrame,
      ),
    hang: () => winListeners.unresponsive!(),
    preloadError: (error: Error) => pageListeners['preload-error']!({}, '/p.cjs', error),
  };
}

describe('window failures', () => {
  it('a crashed page: logged, the window shown, a Russian message, then reloaded', async () => {
    const t = setup(0);
    t.crash();
    await t.settle();
    expect(t.deps.logError).toHaveBeenCalledWith('Renderer process gone: crashed, exit code 5');
    expect(t.win.show).toHaveBeenCalled();
    expect(t.deps.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({
        message: 'Окно программы завершилось с ошибкой.',
        buttons: ['Перезагрузить окно', 'Выйти'],
      }),
    );
    expect(t.win.webContents.reload).toHaveBeenCalled();
  });

  it('quits when the person chooses «Выйти»', async () => {
    const t = setup(1);
    t.crash('oom');
    await t.settle();
    expect(t.deps.quit).toHaveBeenCalled();
    expect(t.win.webContents.reload).not.toHaveBeenCalled();
  });

  it('gives up after three crashes in a minute instead of looping', async () => {
    const t = setup(0);
    t.crash();
    await t.settle();
    t.advance(10_000);
    t.crash();
    await t.settle();
    t.advance(10_000);
    t.crash();
    await t.settle();
    expect(t.deps.dialog.showErrorBox).toHaveBeenCalledWith(
      'ПрофПроба',
      expect.stringContaining('несколько раз'),
    );
    expect(t.deps.quit).toHaveBeenCalled();
  });

  it('a clean exit of the page process is not an error', async () => {
    const t = setup();
    t.crash('clean-exit');
    await t.settle();
    expect(t.deps.dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('a page that fails to load offers «Повторить» instead of a white window', async () => {
    const t = setup(0);
    t.failLoad(-6);
    await t.settle();
    expect(t.deps.logError).toHaveBeenCalledWith('Page failed to load: -6 ERR_FILE_NOT_FOUND');
    expect(t.deps.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({
        message: 'Не удалось открыть окно программы.',
        buttons: ['Повторить', 'Выйти'],
      }),
    );
    expect(t.win.show).toHaveBeenCalled();
    expect(t.win.webContents.reload).toHaveBeenCalled();
  });

  it('ignores aborted loads and sub-frames', async () => {
    const t = setup();
    t.failLoad(-3);
    t.failLoad(-6, false);
    await t.settle();
    expect(t.deps.dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('asks one question at a time', async () => {
    const t = setup(0);
    t.failLoad(-6);
    t.crash();
    await t.settle();
    expect(t.deps.dialog.showMessageBox).toHaveBeenCalledTimes(1);
  });

  it('a hung page: wait or reload', async () => {
    const t = setup(0);
    t.hang();
    await t.settle();
    expect(t.deps.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ buttons: ['Подождать', 'Перезагрузить окно'] }),
    );
    expect(t.win.webContents.reload).not.toHaveBeenCalled();
  });

  it('logs a failing preload', () => {
    const t = setup();
    const error = new Error('boom');
    t.preloadError(error);
    expect(t.deps.logError).toHaveBeenCalledWith('Preload script failed', error);
  });
});

describe('main-process errors', () => {
  it('are logged and shown', () => {
    const handlers: Record<string, Listener> = {};
    const deps = { dialog: { showMessageBox: vi.fn(), showErrorBox: vi.fn() }, logError: vi.fn() };
    installProcessErrorHandlers({ on: (name: string, fn: Listener) => (handlers[name] = fn) } as never, deps);
    const error = new Error('disk gone');
    handlers.uncaughtException!(error);
    expect(deps.logError).toHaveBeenCalledWith('Uncaught exception in the main process', error);
    expect(deps.dialog.showErrorBox).toHaveBeenCalledWith(
      'ПрофПроба: ошибка',
      expect.stringContaining('disk gone'),
    );
    handlers.unhandledRejection!('why');
    expect(deps.logError).toHaveBeenLastCalledWith('Unhandled promise rejection', 'why');
  });
});
