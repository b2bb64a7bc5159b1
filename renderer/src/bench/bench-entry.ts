import { buildLargeVenue, LARGE_VENUE, SMALL_VENUE, type LargeDataset } from '@shared/bench/large-venue';
import { db } from '../db';
import { tablesIn } from '../db/database';
import { loadExcelJS } from '../lib/xlsx';
import { buildPlatformExport } from './platform-export';
import { appOperations, lastPhases, sessionIds } from './app-operations';

/**
 * The benchmark page (bench.html, built only by `vite build --mode bench`). It runs on the app's origin, so it
 * shares the app's IndexedDB: bench/run.mjs seeds the large venue-year here, then measures the app's own code
 * (imported below) against the most direct way of doing the same work, in the same page and run.
 */

let dataset: LargeDataset | null = null;

async function seed(scale: 'full' | 'small'): Promise<Record<string, number>> {
  dataset = buildLargeVenue(scale === 'small' ? SMALL_VENUE : LARGE_VENUE);
  // The tables the large venue holds rows for, in the schema registry's order.
  const tables = tablesIn(dataset);
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
    for (const name of tables) {
      const rows = name === 'venue' ? [dataset!.venue] : (dataset![name] as unknown[]);
      await db.table(name).bulkAdd(rows);
    }
  });
  const counts: Record<string, number> = {};
  for (const name of tables) counts[name] = await db.table(name).count();
  return counts;
}

let exportBytes: Uint8Array | null = null;
async function makePlatformExport(): Promise<number> {
  if (!dataset) throw new Error('seed first');
  exportBytes = await buildPlatformExport(dataset.participants, dataset.schools);
  return exportBytes.byteLength;
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await fn();
  return { ms: performance.now() - start, result };
}

/** B1 baseline: parse with the same XLSX library, map the rows, one raw bulkPut. */
async function baselineImport(): Promise<number> {
  if (!exportBytes) throw new Error('make the export first');
  const bytes = exportBytes;
  const { ms } = await timed(async () => {
    const ExcelJS = await loadExcelJS();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const rows: { id: string; fio: string; grade: unknown }[] = [];
    sheet.eachRow((row, n) => {
      if (n < 5) return;
      rows.push({
        id: `baseline-${n}`,
        fio: String(row.getCell(5).value ?? ''),
        grade: row.getCell(13).value,
      });
    });
    await db.transaction('rw', db.importProfiles, async () => {
      // A scratch table stands in for "raw bulkPut of the mapped rows"; cleared right after.
      await db.importProfiles.bulkPut(
        rows.map((r) => ({ id: r.id, name: r.fio, mapping: { grade: String(r.grade) }, createdAt: '' })),
      );
    });
  });
  await db.importProfiles.where('id').startsWith('baseline-').delete();
  return ms;
}

/** B2 baseline: raw toArray() of the tables the report reads. */
async function baselineReport(): Promise<number> {
  const { ms } = await timed(async () => {
    await Promise.all(
      [
        'programs',
        'schools',
        'participants',
        'groups',
        'sessions',
        'enrollments',
        'attendance',
        'certificates',
      ].map((t) => db.table(t).toArray()),
    );
  });
  return ms;
}

/** Runs one app operation; returns its time and the phases it recorded (empty when it records none). */
async function run(
  name: keyof typeof appOperations,
  ...args: unknown[]
): Promise<{ ms: number; phases: Record<string, number> }> {
  const op = appOperations[name] as (...a: unknown[]) => Promise<unknown>;
  for (const key of Object.keys(lastPhases)) delete lastPhases[key];
  const { ms } = await timed(() => op(...args, { exportBytes, dataset }));
  return { ms, phases: { ...lastPhases } };
}

declare global {
  interface Window {
    profprobaBench?: unknown;
  }
}

window.profprobaBench = {
  sessionIds,
  seed,
  makePlatformExport,
  baselineImport,
  baselineReport,
  run,
  available: Object.keys(appOperations),
};
document.body.dataset.ready = 'true';
