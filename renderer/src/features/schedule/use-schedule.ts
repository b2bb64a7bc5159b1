import { useLiveQuery } from 'dexie-react-hooks';
import type { Id, IsoDate } from '@shared/domain';
import { classLetters, findClass, searchParticipants } from '../../db/queries/participant-search';
import { previewEnrollment } from '../../db/queries/enrollment-preview';
import {
  listGroupRows,
  loadGroupDetail,
  loadGroupSession,
  loadScheduleDirectories,
  loadSelectionCandidates,
  loadSessionsInRange,
} from '../../db/queries/schedule';

/** The schedule's live reads, one hook per query (`db/queries/schedule.ts`, `db/queries/participant-search.ts`). */

export function useScheduleDirectories() {
  return useLiveQuery(() => loadScheduleDirectories(), []);
}

export function useGroupRows() {
  return useLiveQuery(() => listGroupRows(), []);
}

/** Undefined while loading, null when the group is not there. */
export function useGroupDetail(groupId: Id) {
  return useLiveQuery(() => loadGroupDetail(groupId), [groupId]);
}

export function useGroupSession(groupId: Id, sessionId: Id) {
  return useLiveQuery(() => loadGroupSession(groupId, sessionId), [groupId, sessionId]);
}

/** The calendar's visible range; null before the calendar has told its range. */
export function useSessionsInRange(range: { from: IsoDate; to: IsoDate } | null) {
  return useLiveQuery(
    async () => (range ? loadSessionsInRange(range.from, range.to) : null),
    [range?.from, range?.to],
  );
}

export function useSelectionCandidates(ids: readonly Id[], today: IsoDate) {
  return useLiveQuery(() => loadSelectionCandidates(ids, today), [ids, today]);
}

/** What enrolling the selection in the chosen group would meet, live; undefined until a group is chosen. */
export function useEnrollmentPreview(groupId: Id | null, ids: readonly Id[]) {
  return useLiveQuery(async () => (groupId ? previewEnrollment(groupId, ids) : undefined), [groupId, ids]);
}

export function useParticipantSearch(query: string, limit: number) {
  return useLiveQuery(() => searchParticipants(query, limit), [query, limit]);
}

export function useClassLetters(schoolId: Id | null, grade: number | null) {
  return useLiveQuery(
    async () => (schoolId && grade ? classLetters(schoolId, grade) : []),
    [schoolId, grade],
  );
}

export function useClass(schoolId: Id | null, grade: number | null, letter: string) {
  return useLiveQuery(
    async () => (schoolId && grade && letter ? findClass(schoolId, grade, letter) : []),
    [schoolId, grade, letter],
  );
}
