import { useLiveQuery } from 'dexie-react-hooks';
import { clampRetentionYears } from '@shared/participants/retention';
import type { IsoDate } from '@shared/domain';
import { getSetting } from '../../../db/queries/settings';
import { listLapsedConsents, listPastRetentionTerm } from '../../../db/queries/retention';

/** Pupils past the venue's retention term today, live; undefined while loading. */
export function usePastRetentionTerm(today: IsoDate) {
  return useLiveQuery(async () => {
    const years = clampRetentionYears(await getSetting('retentionYears'));
    return listPastRetentionTerm(today, years);
  }, [today]);
}

/** Consents past their `validUntil` today, live; undefined while loading. */
export function useLapsedConsents(today: IsoDate) {
  return useLiveQuery(() => listLapsedConsents(today), [today]);
}
