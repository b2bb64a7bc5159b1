import { Cancelled, deserializeError, RuleError } from '@shared/errors';
import type { FileOutcome } from '@shared/consolidation/consolidate';
import type { ConsolidationMessage, ConsolidationRequest } from './consolidation.worker';

export interface ReportFileInput {
  name: string;
  bytes: Uint8Array;
}

/**
 * Reads report files in a worker, one after another, reporting each file as it starts. `signal` terminates
 * the worker («Прервать»): nothing is kept of a cancelled read.
 */
export function readReportsInWorker(
  files: readonly ReportFileInput[],
  onProgress: (done: number, total: number, file: string) => void,
  signal?: AbortSignal,
): Promise<FileOutcome[]> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Cancelled());
    const worker = new Worker(new URL('./consolidation.worker.ts', import.meta.url), { type: 'module' });
    const outcomes: FileOutcome[] = [];
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new Cancelled());
    };
    signal?.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<ConsolidationMessage>) => {
      const m = event.data;
      if (m.type === 'progress') onProgress(m.done, m.total, m.file);
      else if (m.type === 'file') outcomes.push(m.outcome);
      else if (m.type === 'done') {
        finish();
        resolve(outcomes);
      } else {
        finish();
        reject(deserializeError(m.error));
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new RuleError('consolidation.workerFailed', { detail: event.message }));
    };
    // Each file's bytes are copied into the request and moved, not cloned, to the worker.
    const request: ConsolidationRequest = {
      type: 'read',
      files: files.map((f) => ({ name: f.name, bytes: f.bytes.slice().buffer as ArrayBuffer })),
    };
    worker.postMessage(
      request,
      request.files.map((f) => f.bytes),
    );
  });
}
