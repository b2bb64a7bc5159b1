import {
  VENUE_ID,
  type Id,
  type IsoDate,
  type PlatformTrial,
  type Program,
  type School,
} from '@shared/domain';
import { todayIso } from '@shared/dates';
import { idsWithHealthData, withEffectiveHealthData } from '@shared/participants/consent-rules';
import { trialsOfParts } from '@shared/reconcile/export-parts';
import type { ReportData, ReportPeriod } from '@shared/reports/report-data';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { whereIn } from '../where-in';

/**
 * The read models of «Отчёты»: each report's data read in one transaction, so a report is a consistent
 * snapshot.
 */

/** The tables a report reads, in one read transaction (the Сверка reads the same, and the platform's records). */
export function reportTables(db: ProfprobaDb) {
  return [
    db.venue,
    db.programs,
    db.schools,
    db.mentors,
    db.places,
    db.groups,
    db.sessions,
    db.enrollments,
    db.attendance,
    db.certificates,
    db.participants,
    db.consents,
    db.platformExportParts,
  ];
}

function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

function defined<T>(items: readonly (T | undefined)[]): T[] {
  return items.filter((x): x is T => x !== undefined);
}

/**
 * Loads what the reports need for the groups in `groupIds`: all their sessions (also outside the period,
 * completion counts them all), enrollments and marks, by the `groupId` indexes; the participants by id;
 * certificates issued in `certificatePeriod` by the `issuedOn` index; the small directories whole. ОВЗ is
 * read as of `today`: without a valid health consent that day it does not count (`withEffectiveHealthData`).
 */
async function loadForGroups(
  groupIds: readonly Id[],
  certificatePeriod: ReportPeriod | null,
  today: IsoDate,
  db: ProfprobaDb,
): Promise<ReportData> {
  const [venue, programs, schools, mentors, places, groups, sessions, enrollments, attendance, certificates] =
    await Promise.all([
      db.venue.get(VENUE_ID),
      db.programs.toArray(),
      db.schools.toArray(),
      db.mentors.toArray(),
      db.places.toArray(),
      db.groups.bulkGet([...groupIds]),
      whereIn(db.sessions, 'groupId', groupIds),
      whereIn(db.enrollments, 'groupId', groupIds),
      whereIn(db.attendance, 'groupId', groupIds),
      certificatePeriod
        ? db.certificates
            .where('issuedOn')
            .between(certificatePeriod.from, certificatePeriod.to, true, true)
            .toArray()
        : Promise.resolve([]),
    ]);
  const participantIds = unique([
    ...enrollments.map((e) => e.participantId),
    ...attendance.map((m) => m.participantId),
  ]);
  const stored = defined(await db.participants.bulkGet(participantIds));
  // Only the few with ОВЗ need their consents read.
  const healthConsents = await whereIn(db.consents, 'participantId', idsWithHealthData(stored));
  const participants = withEffectiveHealthData(stored, healthConsents, today);
  return {
    venue: venue ?? null,
    programs,
    groups: defined(groups),
    sessions,
    enrollments,
    attendance,
    participants,
    schools,
    mentors,
    places,
    certificates,
  };
}

/**
 * Everything a report over `period` counts: the groups with a session in the period (by the `date` index)
 * and their data whole, plus the certificates issued in the period. Read in one transaction, so the report
 * is a consistent snapshot.
 */
export async function loadReportData(
  period: ReportPeriod,
  db: ProfprobaDb = defaultDb,
  today: IsoDate = todayIso(),
): Promise<ReportData & { platformTrials: PlatformTrial[] }> {
  return db.transaction('r', reportTables(db), async () => {
    const inPeriod = await db.sessions.where('date').between(period.from, period.to, true, true).toArray();
    const [data, platformTrials] = await Promise.all([
      loadForGroups(unique(inPeriod.map((s) => s.groupId)), period, today, db),
      db.platformExportParts.toArray().then(trialsOfParts),
    ]);
    // The platform's records, for the quarterly report's «из них отмечено на платформе».
    return { ...data, platformTrials };
  });
}

/** One group's data, for its attendance journal. */
export async function loadGroupReportData(
  groupId: Id,
  db: ProfprobaDb = defaultDb,
  today: IsoDate = todayIso(),
): Promise<ReportData> {
  return loadForGroups([groupId], null, today, db);
}

export interface GroupOption {
  id: Id;
  name: string;
  programTitle: string;
  firstDate: string | null;
}

/** Groups to choose a journal from, the most recent first. */
export async function listGroupOptions(db: ProfprobaDb = defaultDb): Promise<GroupOption[]> {
  const [groups, programs, sessions] = await Promise.all([
    db.groups.toArray(),
    db.programs.toArray(),
    db.sessions.orderBy('date').toArray(),
  ]);
  const firstDate = new Map<Id, string>();
  for (const s of sessions) if (!firstDate.has(s.groupId)) firstDate.set(s.groupId, s.date);
  const titles = new Map(programs.map((p) => [p.id, p.title]));
  return groups
    .map((g) => ({
      id: g.id,
      name: g.name,
      programTitle: titles.get(g.programId) ?? '',
      firstDate: firstDate.get(g.id) ?? null,
    }))
    .sort((a, b) => (b.firstDate ?? '').localeCompare(a.firstDate ?? '') || a.name.localeCompare(b.name));
}

/** The programmes and schools the participant-list report filters by, sorted as the filter lists them. */
export async function listReportFilterOptions(
  db: ProfprobaDb = defaultDb,
): Promise<{ programs: Program[]; schools: School[] }> {
  return db.transaction('r', [db.programs, db.schools], async () => {
    const [programs, schools] = await Promise.all([db.programs.toArray(), db.schools.toArray()]);
    return { programs, schools };
  });
}
