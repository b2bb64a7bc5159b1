import { useLiveQuery } from 'dexie-react-hooks';
import { getSetting } from '../../db/queries/settings';
import type { SettingValues } from '../../db/repos/settings-repo';

/** A setting's value, live (its default when never written); undefined while loading. */
export function useSetting<K extends keyof SettingValues>(key: K): SettingValues[K] | undefined {
  return useLiveQuery(() => getSetting(key), [key]);
}
