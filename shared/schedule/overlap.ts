import type { IsoDate, LocalTime, SessionStatus } from '../domain';
import { timeToMinutes } from '../dates';

/** The part of a session that decides whether it collides with another: a local date and two local times. */
export interface TimeSlot {
  date: IsoDate;
  start: LocalTime;
  end: LocalTime;
}

/**
 * Two slots overlap when they share a date and some minute of time. Intervals are half-open, so a session
 * ending at 16:00 and one starting at 16:00 do not overlap.
 */
export function slotsOverlap(a: TimeSlot, b: TimeSlot): boolean {
  if (a.date !== b.date) return false;
  return timeToMinutes(a.start) < timeToMinutes(b.end) && timeToMinutes(b.start) < timeToMinutes(a.end);
}

/** Cancelled sessions count nowhere: not in conflicts, not in the calendar's load, not in attendance. */
export function isActiveSession(session: { status: SessionStatus }): boolean {
  return session.status !== 'cancelled';
}

/** «12.03.2026 15:00–16:30» */
export function slotLabel(slot: TimeSlot): string {
  const [y, m, d] = slot.date.split('-');
  return `${d}.${m}.${y} ${slot.start}–${slot.end}`;
}
