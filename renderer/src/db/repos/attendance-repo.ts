import {
  ATTENDED_STATUSES,
  attendanceMarkId,
  type AttendanceMark,
  type AttendanceStatus,
  type Enrollment,
  type Id,
  type IsoDate,
  type Session,
} from '@shared/domain';
import { isIsoDate } from '@shared/dates';
import { RuleError } from '@shared/errors';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { logAction } from './audit-repo';

/**
 * Attendance marks and the «отмечено на платформе» flag: commands only (the session page's reads are in
 * `db/queries/attendance.ts`, the walk-in in `db/commands/walk-in.ts`). Every change is saved as it is made;
 * a change returns what it replaced so the session page can undo it.
 */

/** One mark before and after a change; `before` null means there was no mark. */
export interface MarkChange {
  id: string;
  before: AttendanceMark | null;
  after: AttendanceMark | null;
}

/** The session marks go on: it exists and is not cancelled. */
export async function requireMarkableSession(sessionId: Id, db: ProfprobaDb = defaultDb): Promise<Session> {
  const session = await db.sessions.get(sessionId);
  if (!session) throw new RuleError('attendance.sessionNotFound');
  if (session.status === 'cancelled') throw new RuleError('attendance.sessionCancelled');
  return session;
}

/** Marks go only on a pupil enrolled in the session's group: not on the waiting list, not withdrawn. */
function assertEnrolled(enrollment: Enrollment | undefined): void {
  if (!enrollment || enrollment.status !== 'enrolled') throw new RuleError('attendance.notEnrolled');
}

async function requireEnrolled(session: Session, participantId: Id, db: ProfprobaDb): Promise<void> {
  assertEnrolled(
    await db.enrollments.where('[groupId+participantId]').equals([session.groupId, participantId]).first(),
  );
}

/**
 * Puts the mark inside the caller's transaction; the session is markable and the pupil enrolled. `known` is the
 * stored mark when the caller has just read it (null: there is none), so it is not read a second time.
 */
async function putMark(
  session: Session,
  participantId: Id,
  status: AttendanceStatus,
  db: ProfprobaDb,
  known?: AttendanceMark | null,
): Promise<MarkChange> {
  const id = attendanceMarkId(session.id, participantId);
  const before = known !== undefined ? known : ((await db.attendance.get(id)) ?? null);
  const after: AttendanceMark = {
    id,
    sessionId: session.id,
    participantId,
    groupId: session.groupId,
    status,
    note: before?.note ?? '',
    updatedAt: new Date().toISOString(),
  };
  await db.attendance.put(after);
  return { id, before, after };
}

/** Sets (or replaces) one participant's mark on a session, keeping an existing note. */
export async function setMark(
  sessionId: Id,
  participantId: Id,
  status: AttendanceStatus,
  db: ProfprobaDb = defaultDb,
): Promise<MarkChange> {
  return db.transaction('rw', [db.sessions, db.enrollments, db.attendance], async () => {
    const session = await requireMarkableSession(sessionId, db);
    await requireEnrolled(session, participantId, db);
    return putMark(session, participantId, status, db);
  });
}

/**
 * A pupil's QR code was scanned at the door: the same mark as a click on «присутствовал», plus a journal entry
 * that says it came from a code (ids only, no personal data). A pupil already marked as attended is left as
 * is and null comes back: a second scan of the same badge changes nothing.
 */
export async function markScanned(
  sessionId: Id,
  participantId: Id,
  db: ProfprobaDb = defaultDb,
): Promise<MarkChange | null> {
  // A scan at the door waits for this transaction (B9): the three reads are asked together (the pupil's
  // enrollments by the pupil, a handful, as the session's group is not known before the session is read), and
  // the mark and its journal entry are written together, so it takes two round trips to the database instead of
  // six. What is checked and written is the same.
  return db.transaction('rw', [db.sessions, db.enrollments, db.attendance, db.journal], async () => {
    const [session, enrollments, existing] = await Promise.all([
      requireMarkableSession(sessionId, db),
      db.enrollments.where('participantId').equals(participantId).toArray(),
      db.attendance.get(attendanceMarkId(sessionId, participantId)),
    ]);
    assertEnrolled(enrollments.find((e) => e.groupId === session.groupId));
    if (existing && ATTENDED_STATUSES.includes(existing.status)) return null;
    const id = attendanceMarkId(sessionId, participantId);
    const [change] = await Promise.all([
      putMark(session, participantId, 'present', db, existing ?? null),
      logAction('mark', 'attendance', id, { code: 'markScanned', params: { sessionId, participantId } }, db),
    ]);
    return change;
  });
}

/** Sets the note of an existing mark. A note needs a mark: it explains the mark. */
export async function setMarkNote(
  sessionId: Id,
  participantId: Id,
  note: string,
  db: ProfprobaDb = defaultDb,
): Promise<MarkChange> {
  return db.transaction('rw', [db.sessions, db.attendance], async () => {
    await requireMarkableSession(sessionId, db);
    const id = attendanceMarkId(sessionId, participantId);
    const before = (await db.attendance.get(id)) ?? null;
    if (!before) throw new RuleError('attendance.noteNeedsMark');
    const after: AttendanceMark = { ...before, note: note.trim(), updatedAt: new Date().toISOString() };
    await db.attendance.put(after);
    return { id, before, after };
  });
}

/** Marks everyone enrolled who has no mark yet as present; marks already set are left alone. */
export async function markAllPresent(sessionId: Id, db: ProfprobaDb = defaultDb): Promise<MarkChange[]> {
  return db.transaction('rw', [db.sessions, db.enrollments, db.attendance], async () => {
    const session = await requireMarkableSession(sessionId, db);
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
    throw new RuleError('attendance.platformDate');
  }
  await db.transaction('rw', [db.sessions], async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) throw new RuleError('attendance.sessionNotFound');
    if (confirmedOn !== null && session.status === 'cancelled') {
      throw new RuleError('attendance.platformCancelled');
    }
    await db.sessions.update(sessionId, {
      platformConfirmedOn: confirmedOn,
      updatedAt: new Date().toISOString(),
    });
  });
}
