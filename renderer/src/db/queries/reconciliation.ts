import {
  ATTENDED_STATUSES,
  type Id,
  type IsoDate,
  type IsoDateTime,
  type Participant,
  type PlatformExportPart,
  type PlatformTrial,
  type PlatformTrialKind,
} from '@shared/domain';
import type { Table } from 'dexie';
import { todayIso } from '@shared/dates';
import type { ReportData, ReportPeriod } from '@shared/reports/report-data';
import { completionsInPeriod } from '@shared/reports/quarterly-report';
import {
  reconcile,
  sessionsReadyToConfirm,
  type ExtraReason,
  type ReconcileCompletion,
  type Reconciliation,
} from '@shared/reconcile/reconcile';
import { trialsOfParts } from '@shared/reconcile/export-parts';
import { compareRu } from '@shared/text/collation';
import { joinFio } from '@shared/text/fio';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { loadGroupReportData, reportTables } from './reports';
import { whereIn } from '../where-in';

/**
 * The read models of «Сверка с платформой» (docs/reconciliation.md): a period's completions against the
 * platform's records, the whole screen or one pupil's card.
 */

export type ReconStatus = 'on-platform' | 'missing' | 'extra';

/** One line of the Сверка list: a completion here (✓ or ✗), or a platform trial with no completion here. */
export interface ReconRow {
  key: string;
  status: ReconStatus;
  participantId: Id | null;
  fio: string;
  birthDate: IsoDate | null;
  school: string;
  /** «8Б». */
  className: string;
  platformId: string | null;
  programId: Id;
  program: string;
  groupId: Id | null;
  /** The group's session dates (not cancelled), for a completion. */
  sessionDates: IsoDate[];
  completedOn: IsoDate | null;
  /** What the platform records: the trial's name, date and kind (empty for ✗). */
  platformName: string | null;
  platformDate: IsoDate | null;
  platformKind: PlatformTrialKind | null;
  /** Why a platform trial has no completion here. */
  reason: ExtraReason | null;
  /** The export row, for a platform trial. */
  rowNumber: number | null;
}

/** A cell of the export whose names and dates could not be paired. */
export interface UnpairedCell {
  rowNumber: number;
  fio: string;
  kind: PlatformTrialKind;
  names: string[];
  dates: IsoDate[];
}

export interface PlatformSource {
  file: string;
  exportedOn: IsoDate;
  importedAt: IsoDateTime;
  records: number;
}

export interface ReadySession {
  id: Id;
  date: IsoDate;
  start: string;
  program: string;
  group: string;
}

export interface ReconciliationView {
  source: PlatformSource | null;
  counts: Reconciliation['counts'];
  rows: ReconRow[];
  unpaired: UnpairedCell[];
  /** Sessions of the period not yet marked «отмечено на платформе» whose attending pupils are all ✓. */
  readySessions: ReadySession[];
}

/** The export the records come from: the last loaded (two only when two PCs loaded one each before syncing). */
function sourceOf(parts: readonly PlatformExportPart[], records: number): PlatformSource | null {
  let last: PlatformExportPart | null = null;
  for (const p of parts) if (!last || p.importedAt > last.importedAt) last = p;
  return last
    ? { file: last.sourceFile, exportedOn: last.exportedOn, importedAt: last.importedAt, records }
    : null;
}

function unpairedOf(trials: readonly PlatformTrial[]): UnpairedCell[] {
  const cells = new Map<string, UnpairedCell>();
  for (const t of trials) {
    if (t.date !== null) continue;
    const key = `${t.rowNumber}|${t.kind}`;
    const cell = cells.get(key);
    if (cell) cell.names.push(t.name);
    else
      cells.set(key, {
        rowNumber: t.rowNumber,
        fio: t.fio,
        kind: t.kind,
        names: [t.name],
        dates: [...t.candidateDates],
      });
  }
  return [...cells.values()].sort((a, b) => a.rowNumber - b.rowNumber);
}

/** The completions of `data` in the period, each with its group's session dates. */
function completionsOf(data: ReportData, period: ReportPeriod): ReconcileCompletion[] {
  const datesByGroup = new Map<Id, IsoDate[]>();
  for (const s of data.sessions) {
    if (s.status === 'cancelled') continue;
    const list = datesByGroup.get(s.groupId) ?? [];
    list.push(s.date);
    datesByGroup.set(s.groupId, list);
  }
  return completionsInPeriod(data, period).map((c) => ({
    ...c,
    sessionDates: [...new Set(datesByGroup.get(c.groupId) ?? [])].sort(),
  }));
}

interface ViewInput {
  data: ReportData;
  period: ReportPeriod;
  completions: ReconcileCompletion[];
  participants: ReportData['participants'];
  trials: PlatformTrial[];
  source: PlatformSource | null;
}

function buildView({
  data,
  period,
  completions,
  participants,
  trials,
  source,
}: ViewInput): ReconciliationView {
  const result = reconcile({
    programs: data.programs,
    participants,
    completions,
    trials,
    period,
  });
  const pupils = new Map(participants.map((p) => [p.id, p]));
  const schools = new Map(data.schools.map((s) => [s.id, s.fullName || s.shortName]));
  const programs = new Map(data.programs.map((p) => [p.id, p.title]));
  const trialById = new Map(trials.map((t) => [t.id, t]));
  const pupilFields = (id: Id | null) => {
    const p = id ? pupils.get(id) : undefined;
    return p
      ? {
          fio: joinFio(p),
          birthDate: p.birthDate,
          school: (p.schoolId && schools.get(p.schoolId)) || '',
          className: p.grade ? `${p.grade}${p.classLetter}` : '',
          platformId: p.platformId,
        }
      : null;
  };
  const rows: ReconRow[] = [];
  for (const v of result.completions) {
    const c = v.completion;
    const trial = v.trialId ? trialById.get(v.trialId) : undefined;
    rows.push({
      key: `c|${c.participantId}|${c.programId}|${c.groupId}`,
      status: v.onPlatform ? 'on-platform' : 'missing',
      participantId: c.participantId,
      ...(pupilFields(c.participantId) ?? {
        fio: '',
        birthDate: null,
        school: '',
        className: '',
        platformId: null,
      }),
      programId: c.programId,
      program: programs.get(c.programId) ?? '',
      groupId: c.groupId,
      sessionDates: [...c.sessionDates],
      completedOn: c.date,
      platformName: trial?.name ?? null,
      platformDate: v.platformDate,
      platformKind: trial?.kind ?? null,
      reason: null,
      rowNumber: trial?.rowNumber ?? null,
    });
  }
  for (const e of result.extras) {
    const here = pupilFields(e.participantId);
    rows.push({
      key: `t|${e.trial.id}`,
      status: 'extra',
      participantId: e.participantId,
      fio: here?.fio ?? e.trial.fio,
      birthDate: here?.birthDate ?? e.trial.birthDate,
      school: here?.school ?? '',
      className: here?.className ?? '',
      platformId: here?.platformId ?? e.trial.platformId,
      programId: e.programId,
      program: programs.get(e.programId) ?? '',
      groupId: null,
      sessionDates: [],
      completedOn: null,
      platformName: e.trial.name,
      platformDate: e.trial.date ?? e.trial.candidateDates[0] ?? null,
      platformKind: e.trial.kind,
      reason: e.reason,
      rowNumber: e.trial.rowNumber,
    });
  }
  rows.sort(
    (a, b) =>
      compareRu(a.fio, b.fio) ||
      (a.completedOn ?? a.platformDate ?? '').localeCompare(b.completedOn ?? b.platformDate ?? ''),
  );

  const attended = data.attendance.filter((m) => ATTENDED_STATUSES.includes(m.status));
  const inPeriod = data.sessions.filter((s) => s.date >= period.from && s.date <= period.to);
  const ready = new Set(sessionsReadyToConfirm(inPeriod, attended, result.completions));
  const groups = new Map(data.groups.map((g) => [g.id, g.name]));
  const readySessions = inPeriod
    .filter((s) => ready.has(s.id))
    .map((s) => ({
      id: s.id,
      date: s.date,
      start: s.start,
      program: programs.get(s.programId) ?? '',
      group: groups.get(s.groupId) ?? '',
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start));

  return {
    source,
    counts: result.counts,
    rows,
    unpaired: unpairedOf(trials),
    readySessions,
  };
}

/**
 * The rows of `table` whose `groupId` is one of `groupIds`: by the index, one `getAll` per group, when the
 * groups are a small share of the table's (a quarter); the whole table in one `getAll`, filtered in memory,
 * when they are most of it (a year: a thousand groups would be three thousand requests over three tables).
 */
async function byGroups<T extends { groupId: Id }, I>(
  table: Table<T, Id, I>,
  groupIds: ReadonlySet<Id>,
  whole: boolean,
): Promise<T[]> {
  if (!whole) return whereIn(table, 'groupId', groupIds);
  return (await table.toArray()).filter((row) => groupIds.has(row.groupId));
}

/** The venue's side of a period's Сверка: what was recorded here, independent of the platform's export. */
export interface VenueSide {
  period: ReportPeriod;
  data: ReportData;
  /** Every participant: a platform row may name anyone. */
  participants: Participant[];
  completions: ReconcileCompletion[];
}

/** The platform's side: every stored record of the last export. */
export interface PlatformSide {
  trials: PlatformTrial[];
  source: PlatformSource | null;
}

/** The tables the venue's side reads (not the platform's records: loading an export does not re-read them). */
function venueTables(db: ProfprobaDb) {
  return [db.programs, db.schools, db.groups, db.sessions, db.enrollments, db.attendance, db.participants];
}

/**
 * What the venue's side of a period's Сверка reads: the groups with a session in the period and their
 * sessions, enrolments and marks (completion counts every session of the group), the programmes, schools and
 * participants. Not the report's certificates, consents, mentors, places or venue, which the Сверка does not
 * show, and the participants once (the matching needs all of them: a platform row may name anyone).
 */
async function readVenueSide(period: ReportPeriod, db: ProfprobaDb): Promise<VenueSide> {
  // Asked first, so it is answered first: an export loading meanwhile (pupilsForMatching) takes this read, until
  // the venue side is read whole, without waiting for the marks and enrolments behind it.
  const participantsRead = db.participants.toArray();
  const stopSharing = shareWhileRead(db, participantsRead);
  try {
    return await readVenueSideWith(period, db, participantsRead);
  } finally {
    stopSharing();
  }
}

async function readVenueSideWith(
  period: ReportPeriod,
  db: ProfprobaDb,
  participantsRead: Promise<Participant[]>,
): Promise<VenueSide> {
  const [inPeriod, groupCount] = await Promise.all([
    db.sessions.where('date').between(period.from, period.to, true, true).toArray(),
    db.groups.count(),
  ]);
  const groupIds = new Set(inPeriod.map((s) => s.groupId));
  const whole = groupIds.size * 2 > groupCount;
  const [programs, schools, groups, sessions, enrollments, attendance, participants] = await Promise.all([
    db.programs.toArray(),
    db.schools.toArray(),
    db.groups.bulkGet([...groupIds]),
    byGroups(db.sessions, groupIds, whole),
    byGroups(db.enrollments, groupIds, whole),
    byGroups(db.attendance, groupIds, whole),
    participantsRead,
  ]);
  const data: ReportData = {
    venue: null,
    programs,
    groups: groups.filter((g) => g !== undefined),
    sessions,
    enrollments,
    attendance,
    // The completions are counted from the groups' marks; a row's pupil is looked up in `participants`.
    participants: [],
    schools,
    mentors: [],
    places: [],
    certificates: [],
  };
  return { period, data, participants, completions: completionsOf(data, period) };
}

/**
 * How many platform records are stored, counted from the parts' `records` index without reading their trials
 * (a replacement reports what it replaced; a pupil's card names the export it compares with).
 */
export async function platformRecordCount(db: ProfprobaDb = defaultDb): Promise<number> {
  const counts = await db.platformExportParts.orderBy('records').keys();
  return counts.reduce<number>((n, c) => n + Number(c), 0);
}

async function readPlatformSide(db: ProfprobaDb): Promise<PlatformSide> {
  const parts = await db.platformExportParts.toArray();
  const trials = trialsOfParts(parts);
  return { trials, source: sourceOf(parts, trials.length) };
}

/**
 * The venue's side of a period's Сверка, in one read transaction. The screen follows it as a live query of its
 * own, so a newly loaded export re-reads only the platform's side; and it does not depend on the export, so it
 * is read while an export loads.
 */
export async function loadVenueSide(period: ReportPeriod, db: ProfprobaDb = defaultDb): Promise<VenueSide> {
  return db.transaction('r', venueTables(db), () => readVenueSide(period, db));
}

/** The platform's side of the Сверка: the last export's records. */
export async function loadPlatformSide(db: ProfprobaDb = defaultDb): Promise<PlatformSide> {
  return db.transaction('r', [db.platformExportParts], () => readPlatformSide(db));
}

/** The Сверка of the two sides: `reconcile` and the screen's rows. */
export function reconciliationView(venue: VenueSide, platform: PlatformSide): ReconciliationView {
  return buildView({
    data: venue.data,
    period: venue.period,
    completions: venue.completions,
    participants: venue.participants,
    trials: platform.trials,
    source: platform.source,
  });
}

/**
 * The Сверка of a period: every completion of the period against every platform record, the platform's
 * trials at this venue with no completion here, the unpaired cells of the export, and the sessions now ready
 * to be marked «отмечено на платформе». Both sides read in one transaction.
 */
export async function loadReconciliation(
  period: ReportPeriod,
  db: ProfprobaDb = defaultDb,
): Promise<ReconciliationView> {
  return db.transaction('r', [...venueTables(db), db.platformExportParts], async () => {
    const [venue, platform] = await Promise.all([readVenueSide(period, db), readPlatformSide(db)]);
    return reconciliationView(venue, platform);
  });
}

/**
 * The venue side's read of every participant while the venue side is read. An export loaded meanwhile (a file
 * chosen as the Сверка opens) ties its records to that same read instead of decoding the 20 000 participants a
 * second time on the page while the worker and the venue side need it, and the Сверка drawn after it finds the
 * matching of that read made (`pupilMatcherFor`).
 */
const participantsInFlight = new WeakMap<ProfprobaDb, Promise<Participant[]>>();

function shareWhileRead(db: ProfprobaDb, read: Promise<Participant[]>): () => void {
  participantsInFlight.set(db, read);
  return () => {
    if (participantsInFlight.get(db) === read) participantsInFlight.delete(db);
  };
}

/**
 * Every participant, to tie a platform export's records to pupils (`replacePlatformTrials`): the venue side's
 * read when one is under way, else a read of its own.
 */
export async function pupilsForMatching(db: ProfprobaDb = defaultDb): Promise<Participant[]> {
  const shared = participantsInFlight.get(db);
  if (shared) return shared.catch(() => db.participants.toArray());
  return db.participants.toArray();
}

const ALL_TIME: ReportPeriod = { from: '0001-01-01', to: '9999-12-31' };

/**
 * One pupil's Сверка for the card: all their completions (any date) against the platform records tied to them
 * when the export was loaded, and those records' trials at this venue with no completion here.
 */
export async function loadParticipantReconciliation(
  participantId: Id,
  db: ProfprobaDb = defaultDb,
  today: IsoDate = todayIso(),
): Promise<ReconciliationView> {
  return db.transaction('r', reportTables(db), async () => {
    const [enrollments, marks, theirParts, records, last, participant] = await Promise.all([
      db.enrollments.where('participantId').equals(participantId).toArray(),
      db.attendance.where('participantId').equals(participantId).toArray(),
      // Only the parts that hold the pupil's records (by the `participantIds` index), not the whole export.
      db.platformExportParts.where('participantIds').equals(participantId).toArray(),
      platformRecordCount(db),
      db.platformExportParts.orderBy('importedAt').last(),
      db.participants.get(participantId),
    ]);
    const trials = trialsOfParts(theirParts).filter((t) => t.participantId === participantId);
    const source = sourceOf(last ? [last] : [], records);
    const groupIds = [...new Set([...enrollments, ...marks].map((x) => x.groupId))];
    const parts = await Promise.all(groupIds.map((g) => loadGroupReportData(g, db, today)));
    const base = parts[0];
    const data: ReportData = base
      ? {
          ...base,
          groups: parts.flatMap((p) => p.groups),
          sessions: parts.flatMap((p) => p.sessions),
          enrollments: parts.flatMap((p) => p.enrollments),
          attendance: parts.flatMap((p) => p.attendance),
          participants: parts.flatMap((p) => p.participants),
        }
      : {
          venue: null,
          programs: await db.programs.toArray(),
          groups: [],
          sessions: [],
          enrollments: [],
          attendance: [],
          participants: [],
          schools: await db.schools.toArray(),
          mentors: [],
          places: [],
          certificates: [],
        };
    const completions = completionsOf(data, ALL_TIME).filter((c) => c.participantId === participantId);
    const view = buildView({
      data,
      period: ALL_TIME,
      completions,
      participants: participant ? [participant] : [],
      trials,
      source,
    });
    return { ...view, readySessions: [] };
  });
}
