import { RETENTION_YEARS_DEFAULT } from '@shared/participants/retention';
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
  /** Days the before-restore copies are kept in the backups folder (the newest one always). */
  safetyCopyDays: number;
  /** The venue backup password as its PBKDF2 key (never the password), wrapped by safeStorage when possible. */
  backupPasswordKey: StoredPasswordKey | null;
  /** Years pupils' data is kept after their last trial (shared/participants/retention.ts). */
  retentionYears: number;
  /** «ГГГГ-ММ» of the month the retention reminder on «Главная» was dismissed for. */
  retentionReminderDismissed: string | null;
}

/** The stored form of the venue backup password's key (renderer/src/db/backup/backup-keys.ts). */
export interface StoredPasswordKey {
  salt: string;
  iterations: number;
  /** Base64: the raw 32-byte key, or its safeStorage-wrapped bytes when `protectedBy` is 'device'. */
  key: string;
  protectedBy: 'device' | 'none';
}

export const SETTING_DEFAULTS: SettingValues = {
  language: 'ru',
  lastBackupAt: null,
  autoBackupKeep: 14,
  lastAutoBackupAt: null,
  lastAutoBackupError: null,
  lastReportSavedAt: null,
  safetyCopyDays: 30,
  backupPasswordKey: null,
  retentionYears: RETENTION_YEARS_DEFAULT,
  retentionReminderDismissed: null,
};

export async function setSetting<K extends keyof SettingValues>(
  key: K,
  value: SettingValues[K],
  db: ProfprobaDb = defaultDb,
): Promise<void> {
  await db.settings.put({ key, value });
}
