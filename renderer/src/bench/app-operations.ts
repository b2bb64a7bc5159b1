import type { LargeDataset } from '@shared/bench/large-venue';
import { todayIso } from '@shared/dates';
import { buildImportPlan, classifyRows } from '@shared/import/classify';
import { isPlatformHeader } from '@shared/import/fields';
import { buildImportRows } from '@shared/import/rows';
import { buildQuarterlyReport } from '@shared/reports/quarterly-report';
import { getCertificateDesign } from '../db/repos/certificate-repo';
import { commitImport, loadExistingData } from '../db/repos/import-repo';
import { loadReportData } from '../db/repos/report-repo';
import { getVenue } from '../db/repos/venue-repo';
import { db } from '../db';
import { makeCertificatesPdf } from '../features/certificates/certificate-pdf-job';
import { parseInWorker } from '../features/participants/import/parse-client';
import { tablesToXlsx } from '../features/reports/export-files';

/** Tables the benchmark seeds, in dependency order. */
export const BENCH_TABLES = [
  'venue',
  'programs',
  'mentors',
  'places',
  'schools',
  'participants',
  'consents',
  'groups',
  'sessions',
  'enrollments',
  'attendance',
  'certificates',
  'certificateCounters',
] as const satisfies readonly (keyof LargeDataset)[];

export interface BenchContext {
  exportBytes: Uint8Array | null;
  dataset: LargeDataset | null;
}

/**
 * The app's own code paths measured by the benchmark, the same calls the screens make, each taking the bench
 * context last.
 */
export const appOperations = {
  /** B1: the import wizard's path — parse in the worker, map, classify against the database, one commit. */
  importPlatformExport: async (ctx: BenchContext) => {
    if (!ctx.exportBytes) throw new Error('make the export first');
    const read = await parseInWorker(ctx.exportBytes, 'platform-export.xlsx', () => undefined);
    const header = read.rows[read.headerIndex] ?? [];
    const rows = buildImportRows(
      read.rows,
      read.headerIndex,
      read.mapping,
      todayIso(),
      isPlatformHeader(header),
    );
    const existing = await loadExistingData();
    const plan = buildImportPlan(classifyRows(rows, existing), [...existing.schools]);
    return commitImport(plan, { fileName: 'platform-export.xlsx', source: 'platform-import' });
  },
  /** B2: the «Отчёты» save path — read the period, aggregate, write the XLSX bytes. */
  quarterlyReportXlsx: async (from: string, to: string) => {
    const period = { from, to };
    const report = buildQuarterlyReport(await loadReportData(period), period, todayIso());
    return tablesToXlsx(report.tables);
  },
  /** B3: the journal's batch PDF of `count` certificates (built in the worker, as in the app). */
  certificatesPdf: async (count: number) => {
    const [certificates, venue, design] = await Promise.all([
      db.certificates.orderBy('number').limit(count).toArray(),
      getVenue(),
      getCertificateDesign(),
    ]);
    if (!venue) throw new Error('no venue');
    return makeCertificatesPdf({ certificates, venue, design }, () => undefined);
  },
};

/** B5 needs a session with enrolled participants; the first one in date order will do. */
export async function firstSessionId(): Promise<string> {
  const session = await db.sessions.orderBy('date').first();
  if (!session) throw new Error('no sessions');
  return session.id;
}
