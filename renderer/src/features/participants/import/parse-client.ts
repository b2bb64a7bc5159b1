import { Cancelled, RuleError, deserializeError } from '@shared/errors';
import type { ColumnMapping } from '@shared/import/fields';
import type { IsoDate } from '@shared/domain';
import type { ReadOptions, ReadPhase } from './read-file';
import type { CheckResult, FileSummary, ImportMessage, ImportRequest, TrialsResult } from './import.worker';

export type { CheckResult, FileSummary, TrialsResult };
export type ImportProgress = (done: number, total: number, phase: ReadPhase | 'check') => void;

// One worker is kept between files: its XLSX reader is loaded already, so the next file starts at once. It also
// holds the table of the file last read, which the check builds its rows from.
let shared: Worker | null = null;
// What the worker last read, to read it again when the worker was dropped (a cancelled check).
let lastRead: { bytes: Uint8Array; fileName: string; options: ReadOptions } | null = null;
let tableInWorker = false;

function worker(): Worker {
  if (!shared) {
    shared = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    tableInWorker = false;
  }
  return shared;
}
function dropWorker() {
  shared?.terminate();
  shared = null;
  tableInWorker = false;
}

/**
 * Sends one request and waits for its answer. `signal` terminates the worker: cancelling is always safe, as
 * nothing is written there. Errors come back as codes (`serializeError`) and are rebuilt here.
 */
function ask<T>(
  request: ImportRequest,
  fileName: string,
  onProgress: ImportProgress,
  signal: AbortSignal | undefined,
  pick: (m: ImportMessage) => T | undefined,
): Promise<T> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new Cancelled());
      return;
    }
    const w = worker();
    const cleanup = () => {
      w.onmessage = null;
      w.onerror = null;
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      cleanup();
      dropWorker();
      reject(new Cancelled());
    };
    signal?.addEventListener('abort', onAbort);
    w.onmessage = (event: MessageEvent<ImportMessage>) => {
      const m = event.data;
      if (m.type === 'progress') return onProgress(m.done, m.total, m.phase);
      cleanup();
      if (m.type === 'error') return reject(deserializeError(m.error));
      const value = pick(m);
      if (value === undefined) reject(new Error(`unexpected import worker message ${m.type}`));
      else resolve(value);
    };
    w.onerror = (event) => {
      cleanup();
      dropWorker();
      reject(new RuleError('participants.fileUnreadable', { file: fileName, detail: event.message }));
    };
    if (request.type === 'read') w.postMessage(request, [request.bytes]);
    else w.postMessage(request);
  });
}

function readRequest(): ImportRequest & { type: 'read' } {
  const { bytes, fileName, options } = lastRead!;
  // The worker gets its own copy: the page keeps the bytes to read the file again (another sheet, encoding).
  return { type: 'read', bytes: bytes.slice().buffer as ArrayBuffer, fileName, options };
}

/** Reads a file in the worker, which keeps its table; resolves with what the wizard shows of it. */
export async function readFileInWorker(
  bytes: Uint8Array,
  fileName: string,
  onProgress: ImportProgress,
  signal?: AbortSignal,
  options: ReadOptions = {},
): Promise<FileSummary> {
  lastRead = { bytes, fileName, options };
  tableInWorker = false;
  const file = await ask(readRequest(), fileName, onProgress, signal, (m) =>
    m.type === 'read' ? m.file : undefined,
  );
  tableInWorker = true;
  return file;
}

/** Builds and classifies the rows of the file last read, against the database, in the worker. */
export async function checkRowsInWorker(
  headerIndex: number,
  mapping: ColumnMapping,
  today: IsoDate,
  onProgress: ImportProgress,
  signal?: AbortSignal,
): Promise<CheckResult> {
  if (!lastRead) throw new Error('read a file before checking its rows');
  const fileName = lastRead.fileName;
  if (!tableInWorker) {
    await ask(readRequest(), fileName, onProgress, signal, (m) => (m.type === 'read' ? m.file : undefined));
    tableInWorker = true;
  }
  return ask({ type: 'check', headerIndex, mapping, today }, fileName, onProgress, signal, (m) =>
    m.type === 'checked' ? m.result : undefined,
  );
}

/**
 * The platform's recorded trials of the export last read, built and paired in the worker: for the Сверка,
 * which stores them and needs no check of the rows against the participants.
 */
export async function platformTrialsInWorker(
  headerIndex: number,
  mapping: ColumnMapping,
  today: IsoDate,
  onProgress: ImportProgress,
  signal?: AbortSignal,
): Promise<TrialsResult> {
  if (!lastRead) throw new Error('read a file before taking its trials');
  const fileName = lastRead.fileName;
  if (!tableInWorker) {
    await ask(readRequest(), fileName, onProgress, signal, (m) => (m.type === 'read' ? m.file : undefined));
    tableInWorker = true;
  }
  return ask({ type: 'trials', headerIndex, mapping, today }, fileName, onProgress, signal, (m) =>
    m.type === 'trials' ? m.result : undefined,
  );
}
