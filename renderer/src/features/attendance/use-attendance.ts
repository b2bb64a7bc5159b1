import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Id } from '@shared/domain';
import {
  findSameFio,
  listProgramsForFilter,
  listSchoolsForWalkIn,
  listSessionsForAttendance,
  loadGroupOverview,
  loadSessionMarks,
  loadSessionSetup,
  type SessionContext,
} from '../../db/queries/attendance';
import { searchParticipants } from '../../db/queries/participant-search';
import { getVenue } from '../../db/queries/venue';

/**
 * A session to mark: undefined while loading, null when it is not there. Two live queries: a click changes
 * only the marks, so only they are read again (the whole setup is not).
 */
export function useSessionContext(sessionId: Id): SessionContext | null | undefined {
  const setup = useLiveQuery(() => loadSessionSetup(sessionId), [sessionId]);
  const marks = useLiveQuery(() => loadSessionMarks(sessionId), [sessionId]);
  return useMemo(
    () => (setup === null ? null : setup && marks ? { ...setup, marks } : undefined),
    [setup, marks],
  );
}

export function useVenue() {
  return useLiveQuery(() => getVenue(), []);
}

export function useSessionsList() {
  return useLiveQuery(() => listSessionsForAttendance(), []);
}

export function useProgramsForFilter() {
  return useLiveQuery(() => listProgramsForFilter(), []);
}

export function useGroupOverview(groupId: Id) {
  return useLiveQuery(() => loadGroupOverview(groupId), [groupId]);
}

export function useWalkInSchools() {
  return useLiveQuery(() => listSchoolsForWalkIn(), []);
}

export function useParticipantSearch(query: string, limit: number) {
  return useLiveQuery(() => searchParticipants(query, limit), [query, limit]);
}

export { findSameFio };
