import { buildLargeVenue, scaledVenue, SMALL_VENUE, type LargeDataset } from '@shared/bench/large-venue';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { db } from '../db';
import { tablesIn } from '../db/database';
import { openXlsx } from '../lib/xlsx-read';
import { buildPlatformExport } from './platform-export';
import { buildCertificatesDoc } from '../features/certificates/public';
import { appOperations, certificatesJob, lastPhases, scanTargets, sessionIds } from './app-operations';
import { floorReadVenueReports, makeVenueReports } from './venue-reports';
import { syncBench } from './sync-bench';
import { backupBench } from './backup-bench';

/**
 * The benchmark page (bench.html, built only by `vite build --mode bench`). It runs on the app's origin, so it
 * shares the app's IndexedDB: bench/run.mjs seeds the large venue-year here, then measures the app's own code
 * (imported below) against the most direct way of doing the same work, in the same page and run.
 */

let dataset: LargeDataset | null = null;

/**
 * Fills the database with the benchmark's venue-year, grown by a factor (1 is the busy venue-year of 20 000
 * pupils). `empty` keeps only the venue's profile (without it the app shows its first-run screen instead of
 * «Главная»): the floor of the cold start.
 */
async function seed(scale: number | 'small' | 'empty'): Promise<Record<string, number>> {
  dataset = buildLargeVenue(typeof scale === 'number' ? scaledVenue(scale) : SMALL_VENUE);
  if (scale === 'empty') {
    const venue = dataset.venue;
    dataset = null;
    await db.transaction('rw', db.tables, async () => {
      for (const table of db.tables) await table.clear();
      await db.venue.add(venue);
    });
    return { venue: await db.venue.count() };
  }
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

/** B1 baseline: parse with the same XLSX reader as the app (lib/xlsx-read), map the rows, one raw bulkPut. */
async function baselineImport(): Promise<number> {
  if (!exportBytes) throw new Error('make the export first');
  const bytes = exportBytes;
  const { ms } = await timed(async () => {
    const book = await openXlsx(bytes);
    const table = await book.readSheet(book.sheets[0]!);
    const rows: { id: string; fio: string; grade: unknown }[] = [];
    table.forEach((row, i) => {
      if (i < 4 || row.length === 0) return;
      rows.push({ id: `baseline-${i + 1}`, fio: String(row[4] ?? ''), grade: row[12] });
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

/**
 * B12 floor: the tables the due counts are made of (`eligibilityTables`: groups, programmes, sessions, marks,
 * enrollments, certificates; the participants' keys), read raw in one read transaction.
 */
async function floorDueReads(): Promise<number> {
  const { ms } = await timed(() =>
    db.transaction(
      'r',
      [db.groups, db.programs, db.sessions, db.attendance, db.enrollments, db.certificates, db.participants],
      () =>
        Promise.all([
          db.groups.toArray(),
          db.programs.toArray(),
          db.sessions.toArray(),
          db.attendance.toArray(),
          db.enrollments.toArray(),
          db.certificates.toArray(),
          db.participants.toCollection().primaryKeys(),
        ]),
    ),
  );
  return ms;
}

/** The next frame after the current one: by then what was written into the DOM has been laid out and painted. */
const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

interface PdfMakeLike {
  createPdf: (doc: TDocumentDefinitions) => { getBuffer: () => Promise<ArrayBuffer | Uint8Array> };
  addVirtualFileSystem: (vfs: unknown) => void;
}

/** pdfmake with its bundled Roboto, loaded as the app's lib/pdf.ts loads them (untimed). */
async function pdfMake(): Promise<PdfMakeLike> {
  const [pdfModule, vfsModule] = await Promise.all([
    import('pdfmake/build/pdfmake'),
    import('pdfmake/build/vfs_fonts'),
  ]);
  const maker = ((pdfModule as unknown as { default?: PdfMakeLike }).default ?? pdfModule) as PdfMakeLike;
  maker.addVirtualFileSystem((vfsModule as unknown as { default?: unknown }).default ?? vfsModule);
  return maker;
}

/**
 * B3 floor: the app's own document definition for the batch of `count` certificates (the same inputs as the
 * app's job, built by the certificates feature's `buildCertificatesDoc`), rendered by pdfmake directly. The
 * definition is built before timing.
 */
async function floorCertificates(count: number): Promise<number> {
  const { certificates, venue, design } = await certificatesJob(count);
  // The font and size every app PDF is rendered with (lib/pdf.ts renderPdf's default style).
  const doc: TDocumentDefinitions = {
    ...buildCertificatesDoc(certificates, venue, design),
    defaultStyle: { font: 'Roboto', fontSize: 10 },
  };
  const maker = await pdfMake();
  const { ms } = await timed(() => maker.createPdf(doc).getBuffer());
  return ms;
}

/**
 * B4a floor: the rows the list shows first (the top `limit` of the `fioKey` index, as listFirstByFio reads
 * them), read by the raw index query and written into a plain table, until the next frame.
 */
async function floorFirstRows(limit: number): Promise<number> {
  const table = document.createElement('table');
  const { ms } = await timed(async () => {
    const rows = await db.participants
      .where('fioKey')
      .between('а', 'я\uffff', true, true)
      .limit(limit)
      .toArray();
    const body = table.createTBody();
    for (const p of rows) {
      const tr = body.insertRow();
      for (const text of [
        p.lastName,
        p.firstName,
        p.middleName,
        p.birthDate,
        `${p.grade ?? ''}${p.classLetter}`,
      ])
        tr.insertCell().textContent = text;
    }
    document.body.append(table);
    await nextFrame();
  });
  table.remove();
  return ms;
}

/**
 * B4b floor: each query typed letter by letter, as a plain Array.filter over the loaded rows (every query word
 * a prefix of a stored search word, as the list matches). The rows are read before timing.
 */
async function floorFilter(letters: string[]): Promise<number[]> {
  const all = await db.participants.toArray();
  const times: number[] = [];
  let query = '';
  for (const letter of letters) {
    query += letter;
    const q = query;
    const start = performance.now();
    all.filter((p) => p.searchWords.some((w) => w.startsWith(q)));
    times.push(performance.now() - start);
  }
  return times;
}

/**
 * B5 floor: one raw Dexie put per mark of the session, the marks as stored, from whichever page runs this (the
 * benchmark injects this module into the app's page, so the put shares its connection and its main thread).
 */
async function floorPutMarks(sessionId: string): Promise<number[]> {
  const marks = await db.attendance.where('sessionId').equals(sessionId).toArray();
  const times: number[] = [];
  for (const mark of marks) {
    const start = performance.now();
    await db.attendance.put({ ...mark, updatedAt: new Date().toISOString() });
    times.push(performance.now() - start);
    // As between the app's clicks: let the page settle before the next write.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  }
  return times;
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

// Also loaded into the app's own page (B5's floor): there the app's page is ready on its own terms.
window.profprobaBench = {
  sessionIds,
  scanTargets,
  seed,
  makePlatformExport,
  baselineImport,
  baselineReport,
  floorDueReads,
  floorCertificates,
  floorFirstRows,
  floorFilter,
  floorPutMarks,
  makeVenueReports,
  floorReadVenueReports,
  run,
  ...syncBench,
  ...backupBench,
  available: [...Object.keys(appOperations), 'sync', 'backup'],
};
document.body.dataset.ready = 'true';
