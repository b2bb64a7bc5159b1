import { useLiveQuery } from 'dexie-react-hooks';
import { addDays } from '@shared/dates';
import type { IsoDate } from '@shared/domain';
import { listSessionOverview, nextSessionAfter } from '../../db/queries/home';

/** The sessions of the week starting on `monday`, live; undefined while loading. */
export function useWeekSessions(monday: IsoDate) {
  return useLiveQuery(() => listSessionOverview(monday, addDays(monday, 6)), [monday]);
}

/** The first session that is not cancelled after `today`, live; null when there is none. */
export function useNextSession(today: IsoDate) {
  return useLiveQuery(() => nextSessionAfter(today), [today]);
}
