import { compareSessionsByTime } from '../schedule/order';
import type { AttendanceMark, CompletionRule, Id, IsoDate, Session } from '../domain';
import { ATTENDED_STATUSES } from '../domain';

/**
 * Completion of a trial (прохождение пробы), derived and never stored by hand.
 *
 * A participant completed a group's trial when the number of sessions they attended (присутствовал or
 * опоздал) reaches the programme's threshold:
 * - rule `all`: every session of the group that is not cancelled (future ones included, so nobody
 *   completes before the last session);
 * - rule `share`: at least `percent` % of those sessions, rounded up.
 * Excused (уважительная причина) counts as absent. Cancelled sessions count nowhere. The completion date is
 * the date of the session whose mark reached the threshold.
 */

export type SessionForCompletion = Pick<Session, 'id' | 'date' | 'start' | 'status'>;
export type MarkForCompletion = Pick<AttendanceMark, 'sessionId' | 'participantId' | 'status'>;

export interface Completion {
  completed: boolean;
  completedOn: IsoDate | null;
  /** Sessions attended (present or late), among the group's sessions that are not cancelled. */
  attended: number;
  /** Sessions needed to complete. */
  required: number;
  /** Sessions of the group that are not cancelled. */
  sessionCount: number;
}

export function requiredSessions(rule: CompletionRule, sessionCount: number): number {
  if (sessionCount === 0) return 0;
  if (rule.mode === 'all') return sessionCount;
  const percent = Math.min(100, Math.max(1, rule.percent));
  return Math.max(1, Math.ceil((sessionCount * percent) / 100 - 1e-9));
}

function chronological(sessions: readonly SessionForCompletion[]): SessionForCompletion[] {
  return sessions.filter((s) => s.status !== 'cancelled').sort(compareSessionsByTime);
}

/** Completion of one participant in one group. `marks` may hold other participants' marks; they are ignored. */
export function completionOf(
  participantId: Id,
  sessions: readonly SessionForCompletion[],
  marks: readonly MarkForCompletion[],
  rule: CompletionRule,
): Completion {
  return completionsOf([participantId], sessions, marks, rule).get(participantId)!;
}

/** Completion of several participants of one group at once (one pass over the marks). */
export function completionsOf(
  participantIds: readonly Id[],
  sessions: readonly SessionForCompletion[],
  marks: readonly MarkForCompletion[],
  rule: CompletionRule,
): Map<Id, Completion> {
  const ordered = chronological(sessions);
  const required = requiredSessions(rule, ordered.length);
  const attendedBy = new Map<Id, Set<Id>>();
  for (const m of marks) {
    if (!ATTENDED_STATUSES.includes(m.status)) continue;
    let set = attendedBy.get(m.participantId);
    if (!set) attendedBy.set(m.participantId, (set = new Set()));
    set.add(m.sessionId);
  }
  const result = new Map<Id, Completion>();
  for (const pid of participantIds) {
    const attendedSessions = attendedBy.get(pid) ?? new Set<Id>();
    let attended = 0;
    let completedOn: IsoDate | null = null;
    for (const s of ordered) {
      if (!attendedSessions.has(s.id)) continue;
      attended += 1;
      if (completedOn === null && required > 0 && attended >= required) completedOn = s.date;
    }
    result.set(pid, {
      completed: completedOn !== null,
      completedOn,
      attended,
      required,
      sessionCount: ordered.length,
    });
  }
  return result;
}
