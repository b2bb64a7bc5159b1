import type { Id, IsoDate } from '@shared/domain';
import { quarterOf, quarterRange } from '@shared/dates';
import { buildDashboard, dashboardRange, type DashboardStats } from '@shared/reports/dashboard';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { whereIn } from '../where-in';
import { loadReportData } from './reports';
import { getSetting } from './settings';

/** The read models of «Главная»: the quarter's figures and the week's sessions. */

/** «Главная»'s figures and charts for the quarter of `today`, from one consistent read. */
export async function loadDashboard(today: IsoDate, db: ProfprobaDb = defaultDb): Promise<DashboardStats> {
  const quarter = quarterRange(quarterOf(today));
  const { range, months } = dashboardRange(today, quarter);
  return buildDashboard(await loadReportData(range, db), quarter, months, today);
}

export interface SessionOverview {
  id: Id;
  date: string;
  start: string;
  end: string;
  cancelled: boolean;
  programTitle: string;
  groupName: string;
  /** The place's name; empty when the session has none. */
  place: string;
  /** Held online (no place, a link): the list says so in the interface's language. */
  online: boolean;
  enrolled: number;
  marked: number;
  confirmed: boolean;
}

/** Sessions between two dates (by the `[date+start]` index) with what a day list shows about them. */
export async function listSessionOverview(
  from: string,
  to: string,
  db: ProfprobaDb = defaultDb,
): Promise<SessionOverview[]> {
  return db.transaction(
    'r',
    [db.sessions, db.groups, db.programs, db.places, db.enrollments, db.attendance],
    () => readSessionOverview(from, to, db),
  );
}

async function readSessionOverview(from: string, to: string, db: ProfprobaDb): Promise<SessionOverview[]> {
  const sessions = await db.sessions
    .where('[date+start]')
    .between([from, ''], [to, '\uffff'], true, true)
    .toArray();
  const groupIds = [...new Set(sessions.map((s) => s.groupId))];
  const [groups, programs, places, enrollments, marks] = await Promise.all([
    db.groups.bulkGet(groupIds),
    db.programs.toArray(),
    db.places.toArray(),
    whereIn(db.enrollments, 'groupId', groupIds),
    whereIn(
      db.attendance,
      'sessionId',
      sessions.map((s) => s.id),
    ),
  ]);
  const groupName = new Map(groups.flatMap((g) => (g ? [[g.id, g.name] as const] : [])));
  const title = new Map(programs.map((p) => [p.id, p.title]));
  const placeName = new Map(places.map((p) => [p.id, p.name]));
  return sessions.map((s) => ({
    id: s.id,
    date: s.date,
    start: s.start,
    end: s.end,
    cancelled: s.status === 'cancelled',
    programTitle: title.get(s.programId) ?? '',
    groupName: groupName.get(s.groupId) ?? '',
    place: (s.placeId && placeName.get(s.placeId)) || '',
    online: !(s.placeId && placeName.get(s.placeId)) && !!s.onlineLink,
    enrolled: enrollments.filter((e) => e.groupId === s.groupId && e.status === 'enrolled').length,
    marked: marks.filter((m) => m.sessionId === s.id).length,
    confirmed: !!s.platformConfirmedOn,
  }));
}

/** The first session that is not cancelled after the day `after`, or null. */
export async function nextSessionAfter(
  after: string,
  db: ProfprobaDb = defaultDb,
): Promise<SessionOverview | null> {
  const next = await db.sessions
    .where('[date+start]')
    .above([after, '\uffff'])
    .filter((s) => s.status !== 'cancelled')
    .first();
  if (!next) return null;
  return (await listSessionOverview(next.date, next.date, db)).find((s) => s.id === next.id) ?? null;
}

/** The first steps of a new venue, in the order of the work; each is done when the data says so. */
export const FIRST_STEPS = [
  'program',
  'mentorsAndPlaces',
  'participants',
  'group',
  'marks',
  'certificates',
  'report',
] as const;
export type FirstStep = (typeof FIRST_STEPS)[number];

/**
 * Which first steps the venue has done: a programme, a mentor and a place, participants, a group, a mark,
 * a certificate, a saved quarterly report. Reads one row per table at most, so it is cheap on a big venue.
 */
export async function loadFirstSteps(db: ProfprobaDb = defaultDb): Promise<Record<FirstStep, boolean>> {
  return db.transaction(
    'r',
    [
      db.programs,
      db.mentors,
      db.places,
      db.participants,
      db.groups,
      db.attendance,
      db.certificates,
      db.settings,
    ],
    async () => {
      const any = async (table: { limit(n: number): { count(): Promise<number> } }) =>
        (await table.limit(1).count()) > 0;
      const [program, mentor, place, participants, group, marks, certificates, report] = await Promise.all([
        any(db.programs),
        any(db.mentors),
        any(db.places),
        any(db.participants),
        any(db.groups),
        any(db.attendance),
        any(db.certificates),
        getSetting('lastReportSavedAt', db),
      ]);
      return {
        program,
        mentorsAndPlaces: mentor && place,
        participants,
        group,
        marks,
        certificates,
        report: report !== null,
      };
    },
  );
}
