import { compareSessionsByTime } from '@shared/schedule/order';
import {
  attendanceMarkId,
  newId,
  type AttendanceMark,
  type AttendanceStatus,
  type Consent,
  type Enrollment,
  type Group,
  type Id,
  type IsoDate,
  type Mentor,
  type Participant,
  type Place,
  type Program,
  type School,
  type Session,
} from '@shared/domain';
import { isIsoDate } from '@shared/dates';
import { fioKey, searchWordsFor } from '@shared/text/fio';
import { cleanSpaces, normalizeKey } from '@shared/text/normalize';
import { ruCollator } from '@shared/text/collation';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { whereIn } from '../where-in';

/**
 * Attendance marks, walk-ins and the «отмечено на платформе» flag. Every change is saved as it is made;
 * a change returns what it replaced so the session page can undo it.
 */

/** One mark before and after a change; `before` null means there was no mark. */
export interface MarkChange {
  id: string;
  before: AttendanceMark | null;
  after: AttendanceMark | null;
}

async function requireSession(sessionId: Id, db: ProfprobaDb): Promise<Session> {
  const session = await db.sessions.get(sessionId);
  if (!session) throw new Error('Занятие не найдено: возможно, его удалили.');
  if (session.status === 'cancelled') throw new Error('Занятие отменено: отметки на нём не ставятся.');
  return session;
}

async function requireEnrolled(session: Session, participantId: Id, db: ProfprobaDb): Promise<void> {
  const enrollment = await db.enrollments
    .where('[groupId+participantId]')
    .equals([session.groupId, participantId])
    .first();
  if (!enrollment || enrollment.status !== 'enrolled') {
    throw new Error('Участник не записан в группу этого занятия.');
  }
}

/** Sets (or replaces) one participant's mark on a session, keeping an existing note. */
export async function setMark(
  sessionId: Id,
  participantId: Id,
  status: AttendanceStatus,
  db: ProfprobaDb = defaultDb,
): Promise<MarkChange> {
  const change = await db.transaction('rw', [db.sessions, db.enrollments, db.attendance], async () => {
    const session = await requireSession(sessionId, db);
    await requireEnrolled(session, participantId, db);
    const id = attendanceMarkId(sessionId, participantId);
    const before = (await db.attendance.get(id)) ?? null;
    const after: AttendanceMark = {
      id,
      sessionId,
      participantId,
      groupId: session.groupId,
      status,
      note: before?.note ?? '',
      updatedAt: new Date().toISOString(),
    };
    await db.attendance.put(after);
    return { id, before, after };
  });
  // The benchmark (B5) times a click until this mark: the moment the mark is committed to IndexedDB.
  performance.mark('attendance-saved');
  return change;
}

/** Sets the note of an existing mark. A note needs a mark: it explains the mark. */
export async function setMarkNote(
  sessionId: Id,
  participantId: Id,
  note: string,
  db: ProfprobaDb = defaultDb,
): Promise<MarkChange> {
  return db.transaction('rw', [db.sessions, db.attendance], async () => {
    await requireSession(sessionId, db);
    const id = attendanceMarkId(sessionId, participantId);
    const before = (await db.attendance.get(id)) ?? null;
    if (!before) throw new Error('Сначала поставьте отметку, потом примечание.');
    const after: AttendanceMark = { ...before, note: note.trim(), updatedAt: new Date().toISOString() };
    await db.attendance.put(after);
    return { id, before, after };
  });
}

/** Marks everyone enrolled who has no mark yet as present; marks already set are left alone. */
export async function markAllPresent(sessionId: Id, db: ProfprobaDb = defaultDb): Promise<MarkChange[]> {
  return db.transaction('rw', [db.sessions, db.enrollments, db.attendance], async () => {
    const session = await requireSession(sessionId, db);
    const enrolled = await db.enrollments.where('groupId').equals(session.groupId).toArray();
    const existing = new Set(
      (await db.attendance.where('sessionId').equals(sessionId).toArray()).map((m) => m.id),
    );
    const now = new Date().toISOString();
    const changes: MarkChange[] = [];
    for (const e of enrolled) {
      if (e.status !== 'enrolled') continue;
      const id = attendanceMarkId(sessionId, e.participantId);
      if (existing.has(id)) continue;
      const after: AttendanceMark = {
        id,
        sessionId,
        participantId: e.participantId,
        groupId: session.groupId,
        status: 'present',
        note: '',
        updatedAt: now,
      };
      changes.push({ id, before: null, after });
    }
    await db.attendance.bulkPut(changes.map((c) => c.after!));
    return changes;
  });
}

/** Puts back what a change (or a batch of changes) replaced, in one transaction. */
export async function undoChanges(
  changes: readonly MarkChange[],
  db: ProfprobaDb = defaultDb,
): Promise<void> {
  await db.transaction('rw', [db.attendance], async () => {
    for (const c of [...changes].reverse()) {
      if (c.before) await db.attendance.put(c.before);
      else await db.attendance.delete(c.id);
    }
  });
}

/** Sets or clears «отмечено на платформе» with the date the venue confirmed the session there. */
export async function setPlatformConfirmed(
  sessionId: Id,
  confirmedOn: IsoDate | null,
  db: ProfprobaDb = defaultDb,
): Promise<void> {
  if (confirmedOn !== null && !isIsoDate(confirmedOn)) {
    throw new Error('Дата отметки на платформе: укажите дату в виде ДД.ММ.ГГГГ.');
  }
  await db.transaction('rw', [db.sessions], async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) throw new Error('Занятие не найдено: возможно, его удалили.');
    if (confirmedOn !== null && session.status === 'cancelled') {
      throw new Error('Занятие отменено: отмечать его на платформе не нужно.');
    }
    await db.sessions.update(sessionId, {
      platformConfirmedOn: confirmedOn,
      updatedAt: new Date().toISOString(),
    });
  });
}

export interface NewWalkIn {
  lastName: string;
  firstName: string;
  middleName: string;
  schoolId: Id | null;
  grade: number | null;
}

export type WalkIn = { participantId: Id } | { participant: NewWalkIn };

export function validateWalkIn(p: NewWalkIn): Partial<Record<keyof NewWalkIn, string>> {
  const errors: Partial<Record<keyof NewWalkIn, string>> = {};
  const name = /^[\p{L}][\p{L}\s'’.-]*$/u;
  if (!cleanSpaces(p.lastName)) errors.lastName = 'Укажите фамилию';
  else if (!name.test(cleanSpaces(p.lastName))) errors.lastName = 'Фамилия: только буквы, дефис и пробел';
  if (!cleanSpaces(p.firstName)) errors.firstName = 'Укажите имя';
  else if (!name.test(cleanSpaces(p.firstName))) errors.firstName = 'Имя: только буквы, дефис и пробел';
  if (cleanSpaces(p.middleName) && !name.test(cleanSpaces(p.middleName))) {
    errors.middleName = 'Отчество: только буквы, дефис и пробел';
  }
  if (p.grade !== null && (!Number.isInteger(p.grade) || p.grade < 6 || p.grade > 11)) {
    errors.grade = 'Класс — число от 6 до 11';
  }
  return errors;
}

/**
 * A walk-in: a participant who came without being enrolled. Picks an existing participant or creates a
 * quick record, enrolls them in the session's group (or moves them off the waiting list) and sets the mark,
 * all in one transaction. Returns the participant id.
 */
export async function addWalkIn(
  sessionId: Id,
  walkIn: WalkIn,
  status: AttendanceStatus,
  db: ProfprobaDb = defaultDb,
): Promise<Id> {
  return db.transaction(
    'rw',
    [db.sessions, db.enrollments, db.attendance, db.participants, db.schools],
    async () => {
      const session = await requireSession(sessionId, db);
      const now = new Date().toISOString();
      let participantId: Id;
      if ('participantId' in walkIn) {
        const existing = await db.participants.get(walkIn.participantId);
        if (!existing) throw new Error('Участник не найден: возможно, его удалили.');
        if (existing.anonymizedAt) throw new Error('Данные этого участника обезличены: записать его нельзя.');
        participantId = existing.id;
      } else {
        const input = walkIn.participant;
        const errors = validateWalkIn(input);
        const first = Object.values(errors)[0];
        if (first) throw new Error(first);
        if (input.schoolId && !(await db.schools.get(input.schoolId))) {
          throw new Error('Школа не найдена: выберите её из списка.');
        }
        const parts = {
          lastName: cleanSpaces(input.lastName),
          firstName: cleanSpaces(input.firstName),
          middleName: cleanSpaces(input.middleName),
        };
        participantId = newId();
        const participant: Participant = {
          id: participantId,
          ...parts,
          fioKey: fioKey(parts),
          searchWords: searchWordsFor(parts, null),
          birthDate: null,
          sex: null,
          schoolId: input.schoolId,
          grade: input.grade,
          classLetter: '',
          contact: '',
          hasDisability: false,
          nosology: '',
          platformId: null,
          verification: null,
          source: 'walk-in',
          anonymizedAt: null,
          createdAt: now,
          updatedAt: now,
        };
        await db.participants.add(participant);
      }

      const enrollment = await db.enrollments
        .where('[groupId+participantId]')
        .equals([session.groupId, participantId])
        .first();
      if (!enrollment) {
        const last = await db.enrollments.where('groupId').equals(session.groupId).toArray();
        const position = last.reduce((max, e) => Math.max(max, e.position + 1), 0);
        const added: Enrollment = {
          id: newId(),
          groupId: session.groupId,
          participantId,
          status: 'enrolled',
          position,
          createdAt: now,
        };
        await db.enrollments.add(added);
      } else if (enrollment.status !== 'enrolled') {
        await db.enrollments.update(enrollment.id, { status: 'enrolled' });
      }

      const id = attendanceMarkId(sessionId, participantId);
      const before = await db.attendance.get(id);
      await db.attendance.put({
        id,
        sessionId,
        participantId,
        groupId: session.groupId,
        status,
        note: before?.note ?? '',
        updatedAt: now,
      });
      return participantId;
    },
  );
}

/** Participants whose ФИО words or platform id start with the query words; at most `limit`. */
export async function searchParticipants(
  query: string,
  limit = 20,
  db: ProfprobaDb = defaultDb,
): Promise<Participant[]> {
  const words = normalizeKey(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const [first, ...rest] = words as [string, ...string[]];
  const candidates = await db.participants.where('searchWords').startsWith(first).distinct().toArray();
  return candidates
    .filter((p) => !p.anonymizedAt && rest.every((w) => p.searchWords.some((sw) => sw.startsWith(w))))
    .sort((a, b) => ruCollator.compare(a.fioKey, b.fioKey))
    .slice(0, limit);
}

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
  placeName: string;
  enrolled: number;
  marked: number;
  attended: number;
}

export async function listSessionsForAttendance(db: ProfprobaDb = defaultDb): Promise<SessionListRow[]> {
  return db.transaction(
    'r',
    [db.sessions, db.programs, db.groups, db.places, db.enrollments, db.attendance],
    async () => {
      const [sessions, programs, groups, places, enrollments, marks] = await Promise.all([
        db.sessions.toArray(),
        db.programs.toArray(),
        db.groups.toArray(),
        db.places.toArray(),
        db.enrollments.toArray(),
        db.attendance.toArray(),
      ]);
      const programById = new Map(programs.map((p) => [p.id, p]));
      const groupById = new Map(groups.map((g) => [g.id, g]));
      const placeById = new Map(places.map((p) => [p.id, p]));
      const enrolledByGroup = new Map<Id, number>();
      for (const e of enrollments) {
        if (e.status === 'enrolled')
          enrolledByGroup.set(e.groupId, (enrolledByGroup.get(e.groupId) ?? 0) + 1);
      }
      const marksBySession = new Map<Id, { marked: number; attended: number }>();
      for (const m of marks) {
        const c = marksBySession.get(m.sessionId) ?? { marked: 0, attended: 0 };
        c.marked += 1;
        if (m.status === 'present' || m.status === 'late') c.attended += 1;
        marksBySession.set(m.sessionId, c);
      }
      return sessions.map((session) => ({
        session,
        programTitle: programById.get(session.programId)?.title ?? '—',
        groupName: groupById.get(session.groupId)?.name ?? '—',
        placeName: session.placeId
          ? (placeById.get(session.placeId)?.name ?? '')
          : session.onlineLink
            ? 'Онлайн'
            : '',
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
      return {
        group,
        program: program ?? null,
        sessions,
        participants,
        schools,
        marks,
      };
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
  parts: Pick<NewWalkIn, 'lastName' | 'firstName' | 'middleName'>,
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
