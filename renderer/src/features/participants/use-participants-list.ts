import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Participant } from '@shared/domain';
import { normalizeKey } from '@shared/text/normalize';
import { todayIso } from '@shared/dates';
import { listFirstByFio, listParticipants, personalDataConsentStatus } from '../../db/queries/participants';
import { SearchNarrower } from '../../db/queries/participant-search';

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

/**
 * The participants whose stored search words match the query, in the list's order. Matched in memory (for
 * 20 000 people a few milliseconds, less than a round trip to the `searchWords` index), and narrowed from the
 * previous result while letters are only added.
 */
export function useSearchMatches(
  participants: readonly Participant[],
  query: string,
): readonly Participant[] {
  const [narrower] = useState(() => new SearchNarrower<Participant>());
  return useMemo(() => narrower.match(participants, normalizeKey(query)), [narrower, participants, query]);
}
