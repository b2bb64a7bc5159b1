import type { Enrollment, IsoDate } from '../domain';
import { formatDate } from '../dates';

/** «Лазерная резка: от эскиза до изделия — 12.03.2026»: the programme and the first session's date. */
export function defaultGroupName(programTitle: string, firstDate: IsoDate | null): string {
  const title = programTitle.trim();
  return firstDate ? `${title} — ${formatDate(firstDate)}` : title;
}

type Queued = Pick<Enrollment, 'id' | 'status' | 'position' | 'createdAt'>;

/** The waiting list in the order people joined it: by position, then by time, then by id (stable). */
export function waitingListOrder<T extends Queued>(enrollments: readonly T[]): T[] {
  return enrollments
    .filter((e) => e.status === 'waiting')
    .sort(
      (a, b) =>
        a.position - b.position ||
        a.createdAt.localeCompare(b.createdAt) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}

/**
 * Who moves from the waiting list into the group when places are free: the first ones in line, as many as
 * there are free places. Returns their ids in promotion order.
 */
export function promotionsFromWaitingList<T extends Queued>(
  enrollments: readonly T[],
  capacity: number,
): string[] {
  const enrolled = enrollments.filter((e) => e.status === 'enrolled').length;
  const free = Math.max(0, capacity - enrolled);
  return waitingListOrder(enrollments)
    .slice(0, free)
    .map((e) => e.id);
}

/** The next position at the end of a group's list (enrolled and waiting share one sequence). */
export function nextPosition(enrollments: readonly Pick<Enrollment, 'position'>[]): number {
  return enrollments.reduce((max, e) => Math.max(max, e.position + 1), 0);
}

/**
 * Splits newcomers between the free places and the waiting list, in the order given. With `toWaitingList`
 * false, those beyond capacity are returned as `overflow` (the caller refuses and offers the waiting list).
 */
export function planEnrollment(
  newcomerIds: readonly string[],
  enrolledCount: number,
  capacity: number,
): { enrolled: string[]; overflow: string[] } {
  const free = Math.max(0, capacity - enrolledCount);
  return { enrolled: newcomerIds.slice(0, free), overflow: newcomerIds.slice(free) };
}
