import { platform } from '../../platform';
import type { ProfprobaDb } from '../index';
import { runAutomaticBackup, type AutoBackupResult } from './auto-backup-core';

export type { AutoBackupResult } from './auto-backup-core';

/**
 * Call once at start-up (main.tsx): in the desktop app, writes today's automatic backup
 * (`auto-YYYY-MM-DD-HHMM.profproba-backup`, the newest N kept) unless one was written today; in the web app it
 * does nothing. Never throws: a failure is returned and kept in the setting `lastAutoBackupError`, which
 * Настройки › Резервные копии shows.
 */
export function runAutomaticBackupIfDue(
  options: { db?: ProfprobaDb; now?: Date; onQuit?: boolean } = {},
): Promise<AutoBackupResult> {
  return runAutomaticBackup({ ...options, platform });
}
