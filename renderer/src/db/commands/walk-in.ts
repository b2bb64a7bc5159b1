import type { AttendanceStatus, Id } from '@shared/domain';
import type { QuickParticipantInput } from '@shared/participants/quick-participant';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { requireMarkableSession, setMark } from '../repos/attendance-repo';
import { enrollWalkIn } from '../repos/enrollment-repo';
import { createQuickParticipant } from '../repos/participant-repo';

/** Who came: a participant found in the base, or the quick record of a new one. */
export type WalkIn = { participantId: Id } | { participant: QuickParticipantInput };

/**
 * A walk-in: a participant who came to a session without being enrolled. Three commands of three aggregates —
 * the quick participant (when new), the enrolment in the session's group (or off its waiting list) and the
 * mark — in ONE transaction, so a refusal at any step leaves nothing behind. Returns the participant id.
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
      const session = await requireMarkableSession(sessionId, db);
      const participantId =
        'participantId' in walkIn
          ? walkIn.participantId
          : await createQuickParticipant(walkIn.participant, db);
      await enrollWalkIn(session.groupId, participantId, db);
      await setMark(sessionId, participantId, status, db);
      return participantId;
    },
  );
}
