import { useLiveQuery } from 'dexie-react-hooks';
import { listSchools, pupilCountsBySchool } from '../../db/queries/participants';

export function useSchools() {
  return useLiveQuery(() => listSchools(), []);
}

/** How many participants each school has, live (for the schools page and its merge dialog). */
export function useSchoolPupilCounts() {
  return useLiveQuery(() => pupilCountsBySchool(), []);
}
