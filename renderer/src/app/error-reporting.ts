import { rendererErrorReport, type RendererErrorKind } from '@shared/ipc/renderer-error';
import type { PlatformAdapter } from '../platform/types';

type ErrorSink = Pick<PlatformAdapter, 'logError'>;

/**
 * Sends an error of the app window to main.log (desktop; the web app's adapter does nothing): its name, code
 * and code locations only (shared/ipc/renderer-error.ts). Never throws and never rejects: a failing report
 * must not raise another unhandled rejection that would be reported again.
 */
export function reportError(kind: RendererErrorKind, error: unknown, sink: ErrorSink): void {
  try {
    void sink.logError(rendererErrorReport(kind, error)).catch(() => undefined);
  } catch {
    // The report is best effort; the window goes on.
  }
}

/** Reports unhandled errors and promise rejections of `target` (the window). Returns the uninstaller. */
export function installErrorReporting(target: Window, sink: ErrorSink): () => void {
  const onError = (event: ErrorEvent) => reportError('error', event.error, sink);
  const onRejection = (event: PromiseRejectionEvent) => reportError('rejection', event.reason, sink);
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
