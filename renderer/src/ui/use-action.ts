import { useCallback, useRef, useState } from 'react';
import { isCancelled } from '@shared/errors';
import { errorMessage, notifyError, notifySaved } from './notify';

export interface ActionOptions {
  /** The toast after success: a text, `true` for the default «Сохранено», `false` (default) for none. */
  success?: string | boolean;
  /** Called with the error instead of the error toast (e.g. to show it next to a field). */
  onError?: (error: unknown) => void;
}

/**
 * The one way a page runs a command: `busy` while it runs (for `loading` on the button), a toast on success
 * if asked, the error's words (from its code) in an error toast, and a cancellation passed over quietly.
 * `run` resolves to the command's result, or `undefined` when it failed or was cancelled, so callers write
 * `const saved = await run(...); if (saved) navigate(...)`.
 */
export function useAction(): {
  busy: boolean;
  run: <T>(command: () => Promise<T>, options?: ActionOptions) => Promise<T | undefined>;
} {
  const [busy, setBusy] = useState(false);
  // A second click while the first command runs is ignored (a double click must not save twice).
  const running = useRef(false);
  const run = useCallback(async <T>(command: () => Promise<T>, options: ActionOptions = {}) => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    try {
      const result = await command();
      if (options.success) notifySaved(typeof options.success === 'string' ? options.success : undefined);
      return result;
    } catch (error) {
      if (isCancelled(error)) return undefined;
      if (options.onError) options.onError(error);
      else notifyError(errorMessage(error));
      return undefined;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return { busy, run };
}
