/// <reference lib="webworker" />
import { RuleError, describeError, isRuleError, serializeError, type SerializedError } from '@shared/errors';
import type { CellTable } from '@shared/import/cells';
import type { ClassifiedRow } from '@shared/import/classify';
import { isPlatformHeader, type ColumnMapping } from '@shared/import/fields';
import { buildImportRows } from '@shared/import/rows';
import { platformTrialDrafts } from '@shared/reconcile/platform-records';
import type { IsoDate, School } from '@shared/domain';
import { classifyAgainstDatabase } from '../../../db/queries/import-existing';
import { readImportFile, type ReadOptions, type ReadPhase, type ReadResult } from './read-file';

/**
 * The import session runs here, so a 20 000-row file never blocks the window: the file is read and its table
 * stays in this worker; the wizard gets a summary with the first rows (for the header and column steps), then
 * asks to check the rows: they are built, and classified against the participants and schools read from
 * IndexedDB here (Dexie works in workers; `classifyAgainstDatabase`). Only the classified rows travel back; the commit runs on the page.
 */
export type ImportRequest =
  | { type: 'read'; bytes: ArrayBuffer; fileName: string; options: ReadOptions }
  | { type: 'check'; headerIndex: number; mapping: ColumnMapping; today: IsoDate }
  | { type: 'trials'; headerIndex: number; mapping: ColumnMapping; today: IsoDate };

/** What the wizard needs of a file read: everything but the whole table. */
export interface FileSummary extends Omit<ReadResult, 'rows'> {
  /** The first rows of the table, enough to choose the header row and see samples under it. */
  head: CellTable;
  rowCount: number;
}

/** The platform's recorded trials of the file last read (the Сверка needs no check against the database). */
export type TrialsResult = ReturnType<typeof platformTrialDrafts>;

export interface CheckResult {
  rows: ClassifiedRow[];
  schools: School[];
}

export type ImportMessage =
  | { type: 'progress'; done: number; total: number; phase: ReadPhase | 'check' }
  | { type: 'read'; file: FileSummary }
  | { type: 'checked'; result: CheckResult }
  | { type: 'trials'; result: TrialsResult }
  | { type: 'error'; error: SerializedError };

/** The header may be chosen among the first 50 rows; the steps show a few rows below it. */
export const HEAD_ROWS = 60;

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: ImportMessage) => scope.postMessage(m);
let table: CellTable | null = null;
// Requests are handled one after another (a check posted right after a read waits for it).
let queue: Promise<void> = Promise.resolve();

async function handle(request: ImportRequest): Promise<void> {
  if (request.type === 'read') {
    table = null;
    let last = 0;
    const { rows, ...rest } = await readImportFile(
      new Uint8Array(request.bytes),
      request.fileName,
      (done, total, phase) => {
        const now = Date.now();
        if (done < total && now - last < 100) return;
        last = now;
        post({ type: 'progress', done, total, phase });
      },
      request.options,
    ).catch((error: unknown) => {
      // A parser's own failure (not one of the file problems we name) still says which file it was.
      if (isRuleError(error)) throw error;
      throw new RuleError('participants.fileUnreadable', {
        file: request.fileName,
        detail: describeError(error),
      });
    });
    table = rows;
    post({
      type: 'read',
      file: { ...rest, head: rows.slice(0, HEAD_ROWS), rowCount: rows.length },
    });
    return;
  }
  if (!table) throw new Error('no file was read in this import worker');
  post({ type: 'progress', done: 0, total: 1, phase: 'check' });
  const header = table[request.headerIndex] ?? [];
  const rows = buildImportRows(
    table,
    request.headerIndex,
    request.mapping,
    request.today,
    isPlatformHeader(header),
  );
  if (request.type === 'trials') {
    post({ type: 'trials', result: platformTrialDrafts(rows) });
    return;
  }
  post({ type: 'checked', result: await classifyAgainstDatabase(rows, undefined, request.today) });
}

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  queue = queue.then(() =>
    handle(event.data).catch((error: unknown) => post({ type: 'error', error: serializeError(error) })),
  );
};
