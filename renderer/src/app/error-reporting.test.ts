import { describe, expect, it, vi } from 'vitest';
import { RuleError } from '@shared/errors';
import type { RendererErrorReport } from '@shared/ipc/renderer-error';
import { installErrorReporting, reportError } from './error-reporting';

function sink() {
  return { logError: vi.fn(async (_report: RendererErrorReport) => undefined) };
}

describe('renderer errors to main.log', () => {
  it('reports unhandled errors and rejections of the window with name and code, never the message', () => {
    const target = new EventTarget() as unknown as Window;
    const s = sink();
    const uninstall = installErrorReporting(target, s);
    const error = new RuleError('participants.notFound');
    error.message = 'Иванова Анна';
    target.dispatchEvent(Object.assign(new Event('error'), { error }));
    target.dispatchEvent(
      Object.assign(new Event('unhandledrejection'), { reason: new TypeError('Петров /home/p') }),
    );
    expect(s.logError).toHaveBeenCalledTimes(2);
    expect(s.logError.mock.calls[0]![0]).toMatchObject({
      kind: 'error',
      name: 'RuleError',
      code: 'participants.notFound',
    });
    expect(s.logError.mock.calls[1]![0]).toMatchObject({ kind: 'rejection', name: 'TypeError', code: '' });
    expect(JSON.stringify(s.logError.mock.calls)).not.toMatch(/Иванова|Петров|home/);

    uninstall();
    target.dispatchEvent(Object.assign(new Event('error'), { error }));
    expect(s.logError).toHaveBeenCalledTimes(2);
  });

  it('never rejects when the report itself fails', async () => {
    const failing = { logError: vi.fn(async () => Promise.reject(new Error('IPC down'))) };
    expect(() => reportError('boundary', new Error('x'), failing)).not.toThrow();
    await vi.waitFor(() => expect(failing.logError).toHaveBeenCalledOnce());
    const throwing = {
      logError: vi.fn(() => {
        throw new Error('no bridge');
      }),
    };
    expect(() => reportError('boundary', new Error('x'), throwing)).not.toThrow();
  });
});
