/// <reference lib="webworker" />
import { serializeError, type SerializedError } from '@shared/errors';
import type { FileOutcome } from '@shared/consolidation/consolidate';
import { readReportFile } from './read-report';

/**
 * Report files are read here, one after another, so a hundred large workbooks never block the window; each
 * answer is the file's parsed report or the reason it was refused. «Прервать» terminates the worker.
 */
export type ConsolidationRequest = { type: 'read'; files: { name: string; bytes: ArrayBuffer }[] };

export type ConsolidationMessage =
  | { type: 'progress'; done: number; total: number; file: string }
  | { type: 'file'; outcome: FileOutcome }
  | { type: 'done' }
  | { type: 'error'; error: SerializedError };

const post = (m: ConsolidationMessage) => (self as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = async (event: MessageEvent<ConsolidationRequest>) => {
  const { files } = event.data;
  try {
    for (const [i, f] of files.entries()) {
      post({ type: 'progress', done: i, total: files.length, file: f.name });
      post({ type: 'file', outcome: await readReportFile(new Uint8Array(f.bytes), f.name) });
    }
    post({ type: 'progress', done: files.length, total: files.length, file: '' });
    post({ type: 'done' });
  } catch (error) {
    post({ type: 'error', error: serializeError(error) });
  }
};
