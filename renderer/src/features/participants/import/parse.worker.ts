/// <reference lib="webworker" />
import { ImportFileError } from '@shared/import/errors';
import { readImportFile, type ReadOptions, type ReadResult } from './read-file';

export interface ParseRequest {
  bytes: ArrayBuffer;
  fileName: string;
  options: ReadOptions;
}

export type ParseMessage =
  | { type: 'progress'; done: number; total: number; label: string }
  | { type: 'result'; result: ReadResult }
  | { type: 'error'; message: string; expected: boolean };

/** Parsing runs here so a 20 000-row file never freezes the window. */
self.onmessage = async (event: MessageEvent<ParseRequest>) => {
  const { bytes, fileName, options } = event.data;
  const post = (m: ParseMessage) => self.postMessage(m);
  try {
    let last = 0;
    const result = await readImportFile(
      new Uint8Array(bytes),
      fileName,
      (done, total, label) => {
        const now = Date.now();
        if (done < total && now - last < 100) return;
        last = now;
        post({ type: 'progress', done, total, label });
      },
      options,
    );
    post({ type: 'result', result });
  } catch (error) {
    if (error instanceof ImportFileError) post({ type: 'error', message: error.message, expected: true });
    else
      post({
        type: 'error',
        message: `Файл «${fileName}» не удалось прочитать: ${error instanceof Error ? error.message : String(error)}`,
        expected: false,
      });
  }
};
