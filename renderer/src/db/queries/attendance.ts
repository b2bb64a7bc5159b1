import {
  ATTENDED_STATUSES,
  type AttendanceMark,
  type Consent,
  type Group,
  type Id,
  type Mentor,
  type Participant,
  type Place,
  type Program,
  type School,
  type Session,
} from '@shared/domain';
import { compareSessionsByTime } from '@shared/schedule/order';
import { ruCollator } from '@shared/text/collation';
import { fioKey } from '@shared/text/fio';
import { cleanSpaces } from '@shared/text/normalize';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { whereIn } from '../where-in';

/** The attendance section's reads: a session to mark, the list of sessions, a group's overview matrix. */

/** Everything the session page and the attendance sheet show about one session. */
export interface SessionContext {
  session: Session;
  group: Group | null;
  program: Program | null;
  place: Place | null;
  mentors: Mentor[];
  /** Enrolled participants (not the waiting list), sorted by ФИО the Russian way. */
  participants: Participant[];
  schools: Map<Id, School>;
  consents: Map<Id, Consent[]>;
  marks: Map<Id, AttendanceMark>;
  capacity: number;
}

/** The participants with these ids, sorted by ФИО the Russian way, and their schools by id. */
async function peopleWithSchools(
  ids: readonly Id[],
  db: ProfprobaDb,
): Promise<{ participants: Participant[]; schools: Map<Id, School> }> {
  const participants = (await db.participants.bulkGet([...ids]))
    .filter((p): p is Participant => !!p)
    .sort((a, b) => ruCollator.compare(a.fioKey, b.fioKey));
  const schoolIds = [...new Set(participants.map((p) => p.schoolId).filter((id): id is Id => !!id))];
  const schools = (await db.schools.bulkGet(schoolIds)).filter((s): s is School => !!s);
  return { participants, schools: new Map(schools.map((s) => [s.id, s])) };
}

/** A session without its marks: what the session page reads once (and again only when it changes). */
export type SessionSetup = Omit<SessionContext, 'marks'>;

const setupTables = (db: ProfprobaDb) => [
  db.sessions,
  db.groups,
  db.programs,
  db.places,
  db.mentors,
  db.enrollments,
  db.participants,
  db.schools,
  db.consents,
];

export async function loadSessionSetup(
  sessionId: Id,
  db: ProfprobaDb = defaultDb,
): Promise<SessionSetup | null> {
  return db.transaction('r', setupTables(db), async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) return null;
    const [group, program, place, mentors, enrollments] = await Promise.all([
      db.groups.get(session.groupId),
      db.programs.get(session.programId),
      session.placeId ? db.places.get(session.placeId) : Promise.resolve(undefined),
      db.mentors.bulkGet(session.mentorIds),
      db.enrollments.where('groupId').equals(session.groupId).toArray(),
    ]);
    const enrolledIds = enrollments.filter((e) => e.status === 'enrolled').map((e) => e.participantId);
    const { participants, schools } = await peopleWithSchools(enrolledIds, db);
    const consents = await whereIn(db.consents, 'participantId', enrolledIds);
    const byParticipant = new Map<Id, Consent[]>();
    for (const c of consents)
      byParticipant.set(c.participantId, [...(byParticipant.get(c.participantId) ?? []), c]);
    return {
      session,
      group: group ?? null,
      program: program ?? null,
      place: place ?? null,
      mentors: mentors.filter((m): m is Mentor => !!m),
      participants,
      schools,
      consents: byParticipant,
      capacity: group?.capacity ?? program?.maxGroupSize ?? 0,
    };
  });
}

/**
 * One session's marks by participant: the part of the session page that every click changes. Kept apart from
 * the setup, so that a click makes the page's live queries read twenty marks again, not the whole session; the
 * next click's write waits for that read.
 */
export async function loadSessionMarks(
  sessionId: Id,
  db: ProfprobaDb = defaultDb,
): Promise<Map<Id, AttendanceMark>> {
  const marks = await db.attendance.where('sessionId').equals(sessionId).toArray();
  return new Map(marks.map((m) => [m.participantId, m]));
}

/** The setup and the marks of one session, read together (for the attendance sheet and tests). */
export async function loadSessionContext(
  sessionId: Id,
  db: ProfprobaDb = defaultDb,
): Promise<SessionContext | null> {
  return db.transaction('r', [...setupTables(db), db.attendance], async () => {
    const setup = await loadSessionSetup(sessionId, db);
    return setup && { ...setup, marks: await loadSessionMarks(sessionId, db) };
  });
}

/** A row of the sessions list: a session with its programme, group and mark counts. */
export interface SessionListRow {
  session: Session;
  programTitle: string;
  groupName: string;
  enrolled: number;
  marked: number;
  attended: number;
}

export async function listSessionsForAttendance(db: ProfprobaDb = defaultDb): Promise<SessionListRow[]> {
  return db.transaction(
    'r',
    [db.sessions, db.programs, db.groups, db.enrollments, db.attendance],
    async () => {
      const [sessions, programs, groups, enrollments, marks] = await Promise.all([
        db.sessions.toArray(),
        db.programs.toArray(),
        db.groups.toArray(),
        db.enrollments.toArray(),
        db.attendance.toArray(),
      ]);
      const programById = new Map(programs.map((p) => [p.id, p]));
      const groupById = new Map(groups.map((g) => [g.id, g]));
      const enrolledByGroup = new Map<Id, number>();
      for (const e of enrollments) {
        if (e.status === 'enrolled')
          enrolledByGroup.set(e.groupId, (enrolledByGroup.get(e.groupId) ?? 0) + 1);
      }
      const marksBySession = new Map<Id, { marked: number; attended: number }>();
      for (const m of marks) {
        const c = marksBySession.get(m.sessionId) ?? { marked: 0, attended: 0 };
        c.marked += 1;
        if (ATTENDED_STATUSES.includes(m.status)) c.attended += 1;
        marksBySession.set(m.sessionId, c);
      }
      return sessions.map((session) => ({
        session,
        programTitle: programById.get(session.programId)?.title ?? '—',
        groupName: groupById.get(session.groupId)?.name ?? '—',
        enrolled: enrolledByGroup.get(session.groupId) ?? 0,
        marked: marksBySession.get(session.id)?.marked ?? 0,
        attended: marksBySession.get(session.id)?.attended ?? 0,
      }));
    },
  );
}

/** A group with its sessions, enrolled participants and all their marks: the overview matrix. */
export interface GroupOverview {
  group: Group;
  program: Program | null;
  sessions: Session[];
  participants: Participant[];
  schools: Map<Id, School>;
  marks: AttendanceMark[];
}

export async function loadGroupOverview(
  groupId: Id,
  db: ProfprobaDb = defaultDb,
): Promise<GroupOverview | null> {
  return db.transaction(
    'r',
    [db.groups, db.programs, db.sessions, db.enrollments, db.participants, db.schools, db.attendance],
    async () => {
      const group = await db.groups.get(groupId);
      if (!group) return null;
      const [program, sessions, enrollments, marks] = await Promise.all([
        db.programs.get(group.programId),
        db.sessions.where('groupId').equals(groupId).toArray(),
        db.enrollments.where('groupId').equals(groupId).toArray(),
        db.attendance.where('groupId').equals(groupId).toArray(),
      ]);
      const ids = enrollments.filter((e) => e.status === 'enrolled').map((e) => e.participantId);
      const { participants, schools } = await peopleWithSchools(ids, db);
      sessions.sort(compareSessionsByTime);
      return { group, program: program ?? null, sessions, participants, schools, marks };
    },
  );
}

/** The programmes, for the list filter. */
export async function listProgramsForFilter(db: ProfprobaDb = defaultDb): Promise<Program[]> {
  const programs = await db.programs.toArray();
  return programs.sort((a, b) => ruCollator.compare(a.title, b.title));
}

/** Schools, for the walk-in form. */
export async function listSchoolsForWalkIn(db: ProfprobaDb = defaultDb): Promise<School[]> {
  const schools = await db.schools.toArray();
  return schools.sort((a, b) => ruCollator.compare(a.shortName || a.fullName, b.shortName || b.fullName));
}

/** Participants whose normalised ФИО equals the given one: a walk-in may already be in the base. */
export async function findSameFio(
  parts: Pick<Participant, 'lastName' | 'firstName' | 'middleName'>,
  db: ProfprobaDb = defaultDb,
): Promise<Participant[]> {
  const key = fioKey({
    lastName: cleanSpaces(parts.lastName),
    firstName: cleanSpaces(parts.firstName),
    middleName: cleanSpaces(parts.middleName),
  });
  if (!key) return [];
  return (await db.participants.where('fioKey').equals(key).toArray()).filter((p) => !p.anonymizedAt);
}
