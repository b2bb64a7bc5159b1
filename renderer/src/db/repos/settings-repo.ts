import { db as defaultDb, type ProfprobaDb } from '../index';

/** Known settings and their value types; a key not listed here cannot be read or written. */
export interface SettingValues {
  language: 'ru' | 'en';
  /** ISO instant of the last successful backup. */
  lastBackupAt: string | null;
  autoBackupKeep: number;
  /** ISO instant of the last automatic backup written by the desktop app (one a day, on first start). */
  lastAutoBackupAt: string | null;
  /** The technical detail of the last failed automatic backup, shown in Настройки until one succeeds. */
  lastAutoBackupError: string | null;
  /** ISO instant a quarterly report was last saved: the last of «Главная»'s first steps. */
  lastReportSavedAt: string | null;
}

export const SETTING_DEFAULTS: SettingValues = {
  language: 'ru',
  lastBackupAt: null,
  autoBackupKeep: 14,
  lastAutoBackupAt: null,
  lastAutoBackupError: null,
  lastReportSavedAt: null,
};

export async function setSetting<K extends keyof SettingValues>(
  key: K,
  value: SettingValues[K],
  db: ProfprobaDb = defaultDb,
): Promise<void> {
  await db.settings.put({ key, value });
}
