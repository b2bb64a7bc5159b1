import { useLiveQuery } from 'dexie-react-hooks';
import { listImportProfiles } from '../../db/queries/participants';

/** The saved column mappings, live (the mapping step offers them and saves new ones). */
export function useImportProfiles() {
  return useLiveQuery(() => listImportProfiles(), []);
}
