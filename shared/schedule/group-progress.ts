import { pad } from '../dates';
import type { IsoDate, LocalTime, Session } from '../domain';

/**
 * Where a group stands in time, so a screen never calls a pupil of a running group «не прошёл»: the group
 * is `running` until its last session that is not cancelled is over (its date is past, or it is today and
 * its end time has passed). Cancelled sessions count nowhere, as in the completion rule.
 */
export type GroupProgress =
  { state: 'noSessions' } | { state: 'running'; remaining: number } | { state: 'finished' };

export type SessionForProgress = Pick<Session, 'date' | 'end' | 'status'>;

/** A session is over once its end time has passed on its day. */
export function isSessionOver(session: SessionForProgress, today: IsoDate, now: LocalTime): boolean {
  if (session.date !== today) return session.date < today;
  return session.end <= now;
}

export function groupProgress(
  sessions: readonly SessionForProgress[],
  today: IsoDate,
  now: LocalTime,
): GroupProgress {
  const held = sessions.filter((s) => s.status !== 'cancelled');
  if (held.length === 0) return { state: 'noSessions' };
  const remaining = held.filter((s) => !isSessionOver(s, today, now)).length;
  return remaining > 0 ? { state: 'running', remaining } : { state: 'finished' };
}

/** The local wall-clock time HH:MM of a Date (the sessions' times are local, without a zone). */
export function localTimeOf(now: Date): LocalTime {
  return `${pad(now.getHours())}:${pad(now.getMinutes())}`;
}
