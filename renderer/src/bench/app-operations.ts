import type { LargeDataset } from '@shared/bench/large-venue';
import { todayIso } from '@shared/dates';
import { attendanceMarkId } from '@shared/domain';
import { pupilQrPayload, pupilToken } from '@shared/qr';
import { buildImportPlan } from '@shared/import/classify';
import { buildQuarterlyReport } from '@shared/reports/quarterly-report';
import { dueByGroup, getCertificateDesign } from '../db/queries/certificates';
import { loadReportData } from '../db/queries/reports';
import { getVenue } from '../db/queries/venue';
import { db } from '../db';
import { ensurePupilCodeSecret } from '../db/repos/pupil-code-repo';
import { makeCertificatesPdf } from '../features/certificates/public';
import { checkRowsInWorker, commitImport, readFileInWorker } from '../features/participants/public';
import { tablesToXlsx } from '../features/reports/public';
import { consolidateFiles, consolidationToXlsx, readReportsInWorker } from '../features/consolidation/public';
import { B10_PERIOD, venueReportFiles } from './venue-reports';
import { loadPlatformExport } from '../features/reconciliation/public';
import { loadPlatformSide, loadVenueSide, reconciliationView } from '../db/queries/reconciliation';

export interface BenchContext {
  exportBytes: Uint8Array | null;
  dataset: LargeDataset | null;
}

/** The last run's phases (name → ms), printed beside a figure so a slow one shows where its time goes. */
export const lastPhases: Record<string, number> = {};

async function phase<T>(name: string, fn: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await fn();
  } finally {
    lastPhases[name] = performance.now() - start;
  }
}

/**
 * The app's own code paths measured by the benchmark, the same calls the screens make, each taking the bench
 * context last.
 */
export const appOperations = {
  /** B1: the import wizard's path — read in the worker, build and classify rows there against the database, one commit. */
  importPlatformExport: async (ctx: BenchContext) => {
    if (!ctx.exportBytes) throw new Error('make the export first');
    const bytes = ctx.exportBytes;
    const read = await phase('разбор', () =>
      readFileInWorker(bytes, 'platform-export.xlsx', () => undefined),
    );
    const plan = await phase('проверка', async () => {
      const checked = await checkRowsInWorker(read.headerIndex, read.mapping, todayIso(), () => undefined);
      return buildImportPlan(checked.rows, checked.schools);
    });
    return phase('запись', () =>
      commitImport(plan, { fileName: 'platform-export.xlsx', source: 'platform-import' }),
    );
  },
  /** B8 floor: the import's parse of the same export — read, then build and check the rows, in its worker. */
  parsePlatformExport: async (ctx: BenchContext) => {
    if (!ctx.exportBytes) throw new Error('make the export first');
    const read = await readFileInWorker(ctx.exportBytes, 'platform-export.xlsx', () => undefined);
    return checkRowsInWorker(read.headerIndex, read.mapping, todayIso(), () => undefined);
  },
  /**
   * B8: «Сверка с платформой» as the screen runs it, in its worst case: the export chosen the moment the screen
   * opens. The screen's venue side (the period's completions, its own live query) is read while the export
   * loads (the import's parse in its worker, the records replaced in one transaction); then the platform's
   * side is read again, as the screen's live query does after the load, and the two are reconciled.
   */
  reconcilePlatformExport: async (from: string, to: string, ctx: BenchContext) => {
    if (!ctx.exportBytes) throw new Error('make the export first');
    const bytes = ctx.exportBytes;
    const period = { from, to };
    const [venue] = await Promise.all([
      phase('сторона площадки', () => loadVenueSide(period)),
      phase('загрузка', () =>
        loadPlatformExport({ name: 'platform-export.xlsx', bytes }, todayIso(), () => undefined),
      ),
    ]);
    const platform = await phase('записи платформы', () => loadPlatformSide());
    return phase('сверка', () => reconciliationView(venue, platform));
  },
  /** B2: the «Отчёты» save path — read the period, aggregate, write the XLSX bytes. */
  quarterlyReportXlsx: async (from: string, to: string) => {
    const period = { from, to };
    const data = await phase('чтение', () => loadReportData(period));
    const report = await phase('расчёт', () => buildQuarterlyReport(data, period, todayIso()));
    return phase('XLSX', () => tablesToXlsx(report.tables));
  },
  /**
   * B12: the certificates due per group, as «Сертификаты» asks for them on opening (its group choice says
   * «к выдаче: N») and «Главная»'s notice sums them.
   */
  certificatesDue: () => dueByGroup(),
  /** B10: «Свод по площадкам» — the venue reports read in the worker, consolidated, written as one XLSX. */
  consolidateVenueReports: async () => {
    const files = venueReportFiles();
    if (files.length === 0) throw new Error('make the venue reports first');
    const outcomes = await phase('чтение', () => readReportsInWorker(files, () => undefined));
    const result = await phase('свод', () => consolidateFiles(outcomes, B10_PERIOD, todayIso()));
    if (result.figures.venues !== files.length) throw new Error(`refused: ${result.figures.refused}`);
    return phase('XLSX', () => consolidationToXlsx(result));
  },
  /** B3: the journal's batch PDF of `count` certificates (built in the worker, as in the app). */
  certificatesPdf: async (count: number) =>
    makeCertificatesPdf(await certificatesJob(count), () => undefined),
};

/** What the journal's batch PDF of the first `count` certificates is made from: the certificates, the venue, the design. */
export async function certificatesJob(count: number) {
  const [certificates, venue, design] = await Promise.all([
    db.certificates.orderBy('number').limit(count).toArray(),
    getVenue(),
    getCertificateDesign(),
  ]);
  if (!venue) throw new Error('no venue');
  return { certificates, venue, design };
}

/** B5 needs sessions with enrolled participants: the first `count` not cancelled, in date order, one per group. */
export async function sessionIds(count: number): Promise<string[]> {
  const ids: string[] = [];
  const groups = new Set<string>();
  await db.sessions
    .orderBy('date')
    .until(() => ids.length >= count)
    .each((s) => {
      if (s.status === 'cancelled' || groups.has(s.groupId)) return;
      groups.add(s.groupId);
      ids.push(s.id);
    });
  if (ids.length === 0) throw new Error('no sessions');
  return ids;
}

/**
 * B9 needs codes to scan: the QR payloads of up to 20 enrolled pupils of each of `count` sessions (the latest
 * first, one per group). The generated venue has every session marked, so their marks there are removed first
 * (B9 runs last): each scan then stores a new mark. Makes the venue secret when there is none.
 */
export async function scanTargets(count: number): Promise<{ sessionId: string; codes: string[] }[]> {
  const secret = await ensurePupilCodeSecret();
  const targets: { sessionId: string; codes: string[] }[] = [];
  const groups = new Set<string>();
  const sessions = await db.sessions.orderBy('date').reverse().toArray();
  for (const s of sessions) {
    if (targets.length >= count) break;
    if (s.status === 'cancelled' || groups.has(s.groupId)) continue;
    const enrolled = await db.enrollments.where('groupId').equals(s.groupId).toArray();
    const ids = enrolled
      .filter((e) => e.status === 'enrolled')
      .map((e) => e.participantId)
      .slice(0, 20);
    if (ids.length < 5) continue;
    groups.add(s.groupId);
    await db.attendance.bulkDelete(ids.map((id) => attendanceMarkId(s.id, id)));
    const tokens = await Promise.all(ids.map((id) => pupilToken(secret, id)));
    targets.push({ sessionId: s.id, codes: tokens.map(pupilQrPayload) });
  }
  if (targets.length === 0) throw new Error('no sessions with enrolled pupils');
  return targets;
}
