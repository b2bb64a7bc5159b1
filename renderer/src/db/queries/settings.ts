import { db as defaultDb, type ProfprobaDb } from '../index';
import { SETTING_DEFAULTS, type SettingValues } from '../repos/settings-repo';

/** A setting's stored value, or its default when it was never written. */
export async function getSetting<K extends keyof SettingValues>(
  key: K,
  db: ProfprobaDb = defaultDb,
): Promise<SettingValues[K]> {
  const row = await db.settings.get(key);
  return row === undefined ? SETTING_DEFAULTS[key] : (row.value as SettingValues[K]);
}
