import { useLiveQuery } from 'dexie-react-hooks';
import { todayIso } from '@shared/dates';
import { listFirstByFio, listParticipants, personalDataConsentStatus } from '../../db/queries/participants';

/*
 * What the participant list reads. Reading 20 000 people takes a few hundred milliseconds; until then the top
 * of the list comes from the `fioKey` index. The page asks the small queries first (this preview, the
 * schools), so the database answers them before the whole list.
 */

export function useFirstParticipants(limit: number) {
  return useLiveQuery(() => listFirstByFio(limit), [limit]);
}

export function useAllParticipants() {
  return useLiveQuery(() => listParticipants(), []);
}

/** Each participant's personal-data consent status; consents (with their scans) are read only while `on`. */
export function usePersonalDataConsentStatus(on: boolean) {
  return useLiveQuery(async () => (on ? personalDataConsentStatus(todayIso()) : null), [on]);
}
