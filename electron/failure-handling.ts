import type { Dialog, Event, RenderProcessGoneDetails } from 'electron';

/**
 * Nothing may end in a silent white window: when the page fails to load, its process dies or hangs, the
 * person sees a Russian message with a way out (reload or quit), and the log gets the technical reason.
 * The data lives in IndexedDB and is committed per transaction, so reloading never loses saved work.
 */

export interface FailureDeps {
  dialog: Pick<Dialog, 'showMessageBox' | 'showErrorBox'>;
  logError: (message: string, error?: unknown) => void;
  quit: () => void;
  now?: () => number;
}

/** The parts of a BrowserWindow watched here (a fake in tests). */
export interface WatchedWindow {
  isDestroyed(): boolean;
  isVisible(): boolean;
  show(): void;
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
  webContents: {
    on(
      event: 'render-process-gone',
      listener: (event: Event, details: RenderProcessGoneDetails) => void,
    ): unknown;
    on(
      event: 'did-fail-load',
      listener: (
        event: Event,
        errorCode: number,
        errorDescription: string,
        validatedURL: string,
        isMainFrame: boolean,
      ) => void,
    ): unknown;
    on(event: 'preload-error', listener: (event: Event, preloadPath: string, error: Error) => void): unknown;
    reload(): void;
  };
}

/** Chromium's net::ERR_ABORTED: a load replaced by another one, not a failure. */
const ERR_ABORTED = -3;
const CRASH_WINDOW_MS = 60_000;
const CRASHES_BEFORE_GIVING_UP = 3;

export function watchWindowFailures(win: WatchedWindow, deps: FailureDeps): void {
  const now = deps.now ?? Date.now;
  let crashes: number[] = [];
  let asking = false;

  interface Choice {
    label: string;
    action: () => void;
  }
  const reload: Choice = { label: 'Перезагрузить окно', action: () => win.webContents.reload() };
  const quit: Choice = { label: 'Выйти', action: () => deps.quit() };

  /** One question at a time: a crash right after a failed load must not stack two dialogs. */
  async function ask(message: string, detail: string, choices: Choice[]): Promise<void> {
    if (asking || win.isDestroyed()) return;
    asking = true;
    try {
      if (!win.isVisible()) win.show();
      const { response } = await deps.dialog.showMessageBox({
        type: 'error',
        title: 'ПрофПроба',
        message,
        detail,
        buttons: choices.map((c) => c.label),
        defaultId: 0,
        cancelId: choices.length - 1,
        noLink: true,
      });
      if (!win.isDestroyed()) choices[response]?.action();
    } finally {
      asking = false;
    }
  }

  win.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    deps.logError(`Renderer process gone: ${details.reason}, exit code ${details.exitCode}`);
    const t = now();
    crashes = [...crashes.filter((c) => t - c < CRASH_WINDOW_MS), t];
    if (crashes.length >= CRASHES_BEFORE_GIVING_UP) {
      deps.dialog.showErrorBox(
        'ПрофПроба',
        'Окно программы несколько раз подряд завершилось с ошибкой, программа будет закрыта. ' +
          'Сохранённые данные не пострадали. Журнал ошибок — в меню «Файл → Открыть папку данных», папка logs.',
      );
      deps.quit();
      return;
    }
    void ask(
      'Окно программы завершилось с ошибкой.',
      'Сохранённые данные не пострадали. Перезагрузите окно, чтобы продолжить работу.',
      [reload, quit],
    );
  });

  win.webContents.on('did-fail-load', (_event, errorCode, errorDescription, _url, isMainFrame) => {
    if (!isMainFrame || errorCode === ERR_ABORTED) return;
    deps.logError(`Page failed to load: ${errorCode} ${errorDescription}`);
    void ask(
      'Не удалось открыть окно программы.',
      `Код ошибки: ${errorCode} (${errorDescription}). Попробуйте ещё раз; если ошибка повторяется, ` +
        'переустановите программу — данные при этом сохраняются.',
      [{ ...reload, label: 'Повторить' }, quit],
    );
  });

  win.webContents.on('preload-error', (_event, _preloadPath, error) => {
    deps.logError('Preload script failed', error);
  });

  win.on('unresponsive', () => {
    deps.logError('Window unresponsive');
    void ask(
      'Программа не отвечает.',
      'Можно подождать или перезагрузить окно. Сохранённые данные не пострадают.',
      [{ label: 'Подождать', action: () => undefined }, reload],
    );
  });
}

/** Errors in the main process itself: logged, and shown once in a plain message box. */
export function installProcessErrorHandlers(
  proc: Pick<NodeJS.Process, 'on'>,
  deps: Pick<FailureDeps, 'dialog' | 'logError'>,
): void {
  proc.on('uncaughtException', (error) => {
    deps.logError('Uncaught exception in the main process', error);
    deps.dialog.showErrorBox(
      'ПрофПроба: ошибка',
      `Произошла непредвиденная ошибка. Сохранённые данные не пострадали.\n\n${error.message}`,
    );
  });
  proc.on('unhandledRejection', (reason) => deps.logError('Unhandled promise rejection', reason));
}
