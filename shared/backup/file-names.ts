import { pad } from '../dates';

/**
 * The names of backup files, shared by the shell (which filters and prunes the backups folder and recognises a
 * file opened from Explorer) and the renderer (which names the files it writes), so both agree on every part.
 */

/** Without the dot: what a save dialog's filter and the installer's file association take. */
export const BACKUP_FILE_EXTENSION = 'profproba-backup';
/** With the dot: what a file name ends with. */
export const BACKUP_EXTENSION = `.${BACKUP_FILE_EXTENSION}`;
/** The daily automatic backups; the desktop app keeps only the newest N of the files with this prefix. */
export const AUTO_BACKUP_PREFIX = 'auto-';

/** `YYYY-MM-DD-HHMM` (or `…-HHMMSS`) in local time: sorts by date and is readable in Explorer. */
export function localStamp(now: Date, withSeconds = false): string {
  const base = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  return withSeconds ? `${base}${pad(now.getSeconds())}` : base;
}

/** A backup the person saves by hand. */
export function manualBackupName(now: Date): string {
  return `profproba-${localStamp(now)}${BACKUP_EXTENSION}`;
}

/** The daily automatic backup. */
export function autoBackupName(now: Date): string {
  return `${AUTO_BACKUP_PREFIX}${localStamp(now)}${BACKUP_EXTENSION}`;
}

/** The copy of the current state made before a restore; never pruned automatically (no `auto-` prefix). */
export function beforeRestoreName(now: Date): string {
  return `before-restore-${localStamp(now, true)}${BACKUP_EXTENSION}`;
}

/** The copy made before an import or a school merge (a mass change that is hard to take back by hand); never pruned. */
export function beforeImportName(now: Date): string {
  return `before-import-${localStamp(now, true)}${BACKUP_EXTENSION}`;
}

/** A file the shell may prune: an automatic backup, never a hand-made or before-restore copy. */
export function isAutoBackupName(fileName: string): boolean {
  return fileName.startsWith(AUTO_BACKUP_PREFIX) && fileName.endsWith(BACKUP_EXTENSION);
}
