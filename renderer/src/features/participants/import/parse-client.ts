import type { ReadOptions, ReadResult } from './read-file';
import type { ParseMessage, ParseRequest } from './parse.worker';

export class ParseError extends Error {}

// One worker is kept between files: it has ExcelJS loaded already, so the next file starts at once.
let shared: Worker | null = null;
function worker(): Worker {
  shared ??= new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
  return shared;
}
function dropWorker() {
  shared?.terminate();
  shared = null;
}

/**
 * Parses a file in the worker. Resolves with the table, rejects with a ParseError carrying the Russian
 * message; `signal` terminates the worker (cancelling is always safe: nothing is written while parsing).
 */
export function parseInWorker(
  bytes: Uint8Array,
  fileName: string,
  onProgress: (done: number, total: number, label: string) => void,
  signal?: AbortSignal,
  options: ReadOptions = {},
): Promise<ReadResult> {
  return new Promise((resolve, reject) => {
    const w = worker();
    const cleanup = () => {
      w.onmessage = null;
      w.onerror = null;
    };
    signal?.addEventListener('abort', () => {
      cleanup();
      dropWorker();
      reject(new DOMException('Прервано', 'AbortError'));
    });
    w.onmessage = (event: MessageEvent<ParseMessage>) => {
      const m = event.data;
      if (m.type === 'progress') onProgress(m.done, m.total, m.label);
      else if (m.type === 'result') {
        cleanup();
        resolve(m.result);
      } else {
        cleanup();
        reject(new ParseError(m.message));
      }
    };
    w.onerror = (event) => {
      cleanup();
      dropWorker();
      reject(new ParseError(`Файл «${fileName}» не удалось прочитать: ${event.message}`));
    };
    const copy = bytes.slice().buffer as ArrayBuffer;
    const request: ParseRequest = { bytes: copy, fileName, options };
    w.postMessage(request, [copy]);
  });
}
