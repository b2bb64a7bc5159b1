import { deserializeError, RuleError, serializeError, type SerializedError } from '@shared/errors';
import { firstBadRecord, type RecordProblem } from '@shared/backup/record-schemas';
import { CHUNK_SIZE, type ProgressListener } from './progress';

/**
 * A restore checks every record of the file with the zod schemas of `shared/` (docs/backup-format.md §5 step
 * 9a): for a venue-year that is a few hundred thousand records, seconds of work. It runs in a worker
 * (validate-records.worker.ts) so the window stays responsive and shows progress; the handler below is the
 * worker's whole logic, kept here so it is tested without a browser.
 */
export type ValidateRequest = { type: 'validate'; tables: [string, unknown[]][] };

export type ValidateMessage =
  | { type: 'progress'; table: string; done: number; total: number }
  | { type: 'result'; problem: RecordProblem | null }
  | { type: 'error'; error: SerializedError };

/** Checks the tables slice by slice, reporting records done; stops at the first record that fails. */
export function handleValidateRequest(request: ValidateRequest, post: (m: ValidateMessage) => void): void {
  try {
    const total = request.tables.reduce((n, [, rows]) => n + rows.length, 0);
    let done = 0;
    for (const [table, rows] of request.tables) {
      for (let i = 0; i < rows.length; i += CHUNK_SIZE) {
        const slice = rows.slice(i, i + CHUNK_SIZE);
        const problem = firstBadRecord(table, slice, i);
        if (problem) return post({ type: 'result', problem });
        done += slice.length;
        post({ type: 'progress', table, done, total });
      }
    }
    post({ type: 'result', problem: null });
  } catch (error) {
    post({ type: 'error', error: serializeError(error) });
  }
}

/** What the client needs of a worker (a real one in the app, an in-process one in tests). */
export interface ValidateWorker {
  postMessage(request: ValidateRequest): void;
  onmessage: ((event: MessageEvent<ValidateMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

function startWorker(): ValidateWorker {
  return new Worker(new URL('./validate-records.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * The first record of `tables` that fails its schema, or null; progress as the phase `validate`. In a worker
 * where there is one (the app); where there is none (unit tests under Node), the same handler runs in line.
 */
export function validateRecords(
  tables: ReadonlyMap<string, unknown[]>,
  onProgress?: ProgressListener,
  createWorker: (() => ValidateWorker) | null = typeof Worker === 'undefined' ? null : startWorker,
): Promise<RecordProblem | null> {
  const request: ValidateRequest = { type: 'validate', tables: [...tables] };
  return new Promise((resolve, reject) => {
    const receive = (m: ValidateMessage): boolean => {
      if (m.type === 'progress') {
        onProgress?.({ phase: 'validate', table: m.table, done: m.done, total: m.total });
        return false;
      }
      if (m.type === 'result') resolve(m.problem);
      else reject(deserializeError(m.error));
      return true;
    };
    if (!createWorker) {
      handleValidateRequest(request, receive);
      return;
    }
    const worker = createWorker();
    worker.onmessage = (event) => {
      if (receive(event.data)) worker.terminate();
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new RuleError('settings.backupValidationFailed', { detail: event.message }));
    };
    worker.postMessage(request);
  });
}
