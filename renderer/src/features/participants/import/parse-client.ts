import type { ReadResult } from './read-file';
import type { ParseMessage, ParseRequest } from './parse.worker';

export class ParseError extends Error {}

/**
 * Parses a file in the worker. Resolves with the table, rejects with a ParseError carrying the Russian
 * message; `signal` terminates the worker (cancelling is always safe: nothing is written while parsing).
 */
export function parseInWorker(
  bytes: Uint8Array,
  fileName: string,
  onProgress: (done: number, total: number, label: string) => void,
  signal?: AbortSignal,
  sheetIndex = 0,
): Promise<ReadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
    const finish = () => worker.terminate();
    signal?.addEventListener('abort', () => {
      finish();
      reject(new DOMException('Прервано', 'AbortError'));
    });
    worker.onmessage = (event: MessageEvent<ParseMessage>) => {
      const m = event.data;
      if (m.type === 'progress') onProgress(m.done, m.total, m.label);
      else if (m.type === 'result') {
        finish();
        resolve(m.result);
      } else {
        finish();
        reject(new ParseError(m.message));
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new ParseError(`Файл «${fileName}» не удалось прочитать: ${event.message}`));
    };
    const copy = bytes.slice().buffer as ArrayBuffer;
    const request: ParseRequest = { bytes: copy, fileName, sheetIndex };
    worker.postMessage(request, [copy]);
  });
}
