import { runAutomaticBackup, type AutoBackupResult } from '../db/backup/auto-backup-core';
import type { ProfprobaDb } from '../db';
import { platform } from '../platform';

export type { AutoBackupResult } from '../db/backup/auto-backup-core';

/**
 * Call once at start-up (main.tsx) and on quit: in the desktop app, writes today's automatic backup
 * (`auto-YYYY-MM-DD-HHMM.profproba-backup`, the newest N kept) unless one was written today; in the web app it
 * does nothing. Never throws: a failure is returned and kept in the setting `lastAutoBackupError`, which
 * Настройки › Резервные копии shows. It lives in app/ because it hands the platform (which writes the file) to
 * `db/backup`, which only makes the bytes.
 */
export function runAutomaticBackupIfDue(
  options: { db?: ProfprobaDb; now?: Date; onQuit?: boolean } = {},
): Promise<AutoBackupResult> {
  return runAutomaticBackup({ ...options, platform });
}
