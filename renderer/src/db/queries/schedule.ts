import type {
  Enrollment,
  Group,
  Id,
  IsoDate,
  Mentor,
  Participant,
  Place,
  Program,
  School,
  Session,
} from '@shared/domain';
import { isActiveSession } from '@shared/schedule';
import { compareSessionsByTime } from '@shared/schedule/order';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { whereIn } from '../where-in';

/** The schedule section's reads: its directories, the group list, a group, a session, the calendar's range. */

/** The directories the schedule names things with. */
export interface ScheduleDirectories {
  programs: Program[];
  places: Place[];
  mentors: Mentor[];
  schools: School[];
}

export async function loadScheduleDirectories(db: ProfprobaDb = defaultDb): Promise<ScheduleDirectories> {
  return db.transaction('r', [db.programs, db.places, db.mentors, db.schools], async () => {
    const [programs, places, mentors, schools] = await Promise.all([
      db.programs.toArray(),
      db.places.toArray(),
      db.mentors.toArray(),
      db.schools.toArray(),
    ]);
    return { programs, places, mentors, schools };
  });
}

/** A row of the group list: counts of active and cancelled sessions, of places taken and of the waiting list. */
export interface GroupListRow {
  id: Id;
  name: string;
  programId: Id;
  first: IsoDate | null;
  last: IsoDate | null;
  sessions: number;
  cancelled: number;
  enrolled: number;
  waiting: number;
  capacity: number;
}

export async function listGroupRows(db: ProfprobaDb = defaultDb): Promise<GroupListRow[]> {
  return db.transaction('r', [db.groups, db.sessions, db.enrollments], async () => {
    const [groups, sessions, enrollments] = await Promise.all([
      db.groups.toArray(),
      db.sessions.toArray(),
      db.enrollments.toArray(),
    ]);
    const byGroup = new Map<Id, GroupListRow>();
    for (const g of groups)
      byGroup.set(g.id, {
        id: g.id,
        name: g.name,
        programId: g.programId,
        first: null,
        last: null,
        sessions: 0,
        cancelled: 0,
        enrolled: 0,
        waiting: 0,
        capacity: g.capacity,
      });
    for (const s of sessions) {
      const r = byGroup.get(s.groupId);
      if (!r) continue;
      if (!isActiveSession(s)) {
        r.cancelled += 1;
        continue;
      }
      r.sessions += 1;
      if (!r.first || s.date < r.first) r.first = s.date;
      if (!r.last || s.date > r.last) r.last = s.date;
    }
    for (const e of enrollments) {
      const r = byGroup.get(e.groupId);
      if (!r) continue;
      if (e.status === 'enrolled') r.enrolled += 1;
      else r.waiting += 1;
    }
    return [...byGroup.values()];
  });
}

/** A group with its sessions in time order, its enrolments (waiting list too) and those participants by id. */
export interface GroupDetail {
  group: Group;
  sessions: Session[];
  enrollments: Enrollment[];
  participants: Map<Id, Participant>;
}

export async function loadGroupDetail(groupId: Id, db: ProfprobaDb = defaultDb): Promise<GroupDetail | null> {
  return db.transaction('r', [db.groups, db.sessions, db.enrollments, db.participants], async () => {
    const group = await db.groups.get(groupId);
    if (!group) return null;
    const [sessions, enrollments] = await Promise.all([
      db.sessions.where('groupId').equals(groupId).toArray(),
      db.enrollments.where('groupId').equals(groupId).toArray(),
    ]);
    const people = await db.participants.bulkGet(enrollments.map((e) => e.participantId));
    const participants = new Map(people.filter((p): p is Participant => !!p).map((p) => [p.id, p]));
    sessions.sort(compareSessionsByTime);
    return { group, sessions, enrollments, participants };
  });
}

/** A session of a group, or null when either is gone or the session belongs to another group (a stale link). */
export async function loadGroupSession(
  groupId: Id,
  sessionId: Id,
  db: ProfprobaDb = defaultDb,
): Promise<{ group: Group; session: Session } | null> {
  return db.transaction('r', [db.groups, db.sessions], async () => {
    const [group, session] = await Promise.all([db.groups.get(groupId), db.sessions.get(sessionId)]);
    return group && session && session.groupId === groupId ? { group, session } : null;
  });
}

/** Sessions between two dates inclusive (cancelled ones too: the calendar shows them struck through). */
export async function listSessionsBetween(
  from: IsoDate,
  to: IsoDate,
  db: ProfprobaDb = defaultDb,
): Promise<Session[]> {
  const rows = await db.sessions.where('date').between(from, to, true, true).toArray();
  return rows.sort(compareSessionsByTime);
}

/** The calendar's range: its sessions in time order and their groups by id. */
export interface SessionsInRange {
  sessions: Session[];
  groups: Map<Id, Group>;
}

export async function loadSessionsInRange(
  from: IsoDate,
  to: IsoDate,
  db: ProfprobaDb = defaultDb,
): Promise<SessionsInRange> {
  return db.transaction('r', [db.sessions, db.groups], async () => {
    const sessions = await listSessionsBetween(from, to, db);
    const groups = await db.groups.bulkGet([...new Set(sessions.map((s) => s.groupId))]);
    return { sessions, groups: new Map(groups.filter((g): g is Group => !!g).map((g) => [g.id, g])) };
  });
}

/** Places taken in each of these groups (the waiting list not counted), for the week's PDF. */
export async function countEnrolled(
  groupIds: readonly Id[],
  db: ProfprobaDb = defaultDb,
): Promise<Map<Id, number>> {
  const enrollments = await whereIn(db.enrollments, 'groupId', groupIds);
  const counts = new Map<Id, number>();
  for (const e of enrollments)
    if (e.status === 'enrolled') counts.set(e.groupId, (counts.get(e.groupId) ?? 0) + 1);
  return counts;
}

/**
 * What the enrolment of a selection offers: the selected participants that still exist, and the groups of
 * active programmes with a session ahead, with their first upcoming date, soonest first.
 */
export interface SelectionCandidates {
  people: Participant[];
  groups: { group: Group; firstDate: IsoDate }[];
}

export async function loadSelectionCandidates(
  ids: readonly Id[],
  today: IsoDate,
  db: ProfprobaDb = defaultDb,
): Promise<SelectionCandidates> {
  return db.transaction('r', [db.participants, db.groups, db.sessions, db.programs], async () => {
    const [people, groups, sessions, programs] = await Promise.all([
      db.participants.bulkGet([...ids]),
      db.groups.toArray(),
      db.sessions.where('date').aboveOrEqual(today).toArray(),
      db.programs.toArray(),
    ]);
    const upcoming = new Map<Id, IsoDate>();
    for (const s of sessions) {
      if (!isActiveSession(s)) continue;
      const first = upcoming.get(s.groupId);
      if (!first || s.date < first) upcoming.set(s.groupId, s.date);
    }
    const active = new Set(programs.filter((p) => p.status === 'active').map((p) => p.id));
    return {
      people: people.filter((p): p is Participant => !!p),
      groups: groups
        .filter((g) => upcoming.has(g.id) && active.has(g.programId))
        .map((group) => ({ group, firstDate: upcoming.get(group.id)! }))
        .sort((a, b) => a.firstDate.localeCompare(b.firstDate)),
    };
  });
}
