import { useLiveQuery } from 'dexie-react-hooks';
import type { Venue } from '@shared/domain';
import { getVenue, isDatabaseEmpty } from '../../db/queries/venue';

/**
 * The venue's profile, live: undefined while loading, null before the first run has saved one. Used by the
 * shell (its name in the navigation, the first-run redirect) and by Настройки.
 */
export function useVenue(): Venue | null | undefined {
  return useLiveQuery(async () => (await getVenue()) ?? null, []);
}

/** Whether the database holds nothing a person entered; undefined while loading. */
export function useDatabaseEmpty(): boolean | undefined {
  return useLiveQuery(() => isDatabaseEmpty(), []);
}
