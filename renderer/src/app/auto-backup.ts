import { runAutomaticBackup, type AutoBackupResult } from '../db/backup/auto-backup-core';
import type { ProfprobaDb } from '../db';
import { platform } from '../platform';
import { todayIso } from '@shared/dates';
import { runPrivacyChores } from '../db/repos/privacy-repo';
import { watchCalendarDay, type DayWatch } from '../db/backup/day-watch';

export type { AutoBackupResult } from '../db/backup/auto-backup-core';

/**
 * Runs at start-up and when the day changes (`startAutomaticWork`) and on quit: runs the privacy chores (db/repos/privacy-repo.ts), then, in the
 * desktop app, writes today's automatic backup
 * (`auto-YYYY-MM-DD-HHMM.profproba-backup`, the newest N kept) unless one was written today; in the web app it
 * does nothing. Never throws: a failure is returned and kept in the setting `lastAutoBackupError`, which
 * Настройки › Резервные копии shows. It lives in app/ because it hands the platform (which writes the file) to
 * `db/backup`, which only makes the bytes.
 */
export async function runAutomaticBackupIfDue(
  options: { db?: ProfprobaDb; now?: Date; onQuit?: boolean } = {},
): Promise<AutoBackupResult> {
  // First what has lapsed (ОВЗ without a valid health consent, register names past their term), so the
  // copy written next does not carry it. A failure here must not cost the day's copy.
  try {
    await runPrivacyChores(todayIso(options.now ?? new Date()), options.db);
  } catch {
    // The readers hide lapsed ОВЗ anyway (effectiveHealthData); the next start tries again.
  }
  return runAutomaticBackup({ ...options, platform });
}

/**
 * At start-up (main.tsx): the chores and the day's copy now, then again whenever the calendar day changes while
 * the app runs (lab PCs stay on for weeks), so lapsed ОВЗ does not wait for a restart to leave the database.
 */
export function startAutomaticWork(): DayWatch {
  const startedOn = todayIso();
  void runAutomaticBackupIfDue();
  return watchCalendarDay((now) => runAutomaticBackupIfDue({ now }), {
    startedOn,
    targets: [document, window],
  });
}
