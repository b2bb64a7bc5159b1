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

/** The copies of the current state made before a restore. */
export const SAFETY_COPY_PREFIX = 'before-restore-';

/** The copy of the current state made before a restore; pruned by age (`backupsToPrune`), not by count. */
export function beforeRestoreName(now: Date): string {
  return `${SAFETY_COPY_PREFIX}${localStamp(now, true)}${BACKUP_EXTENSION}`;
}

/** The copies of the current state made before an import or a school merge. */
export const BEFORE_IMPORT_PREFIX = 'before-import-';

/** Safety copies (before a restore, before an import or a merge): kept by age, each kind's newest always. */
const SAFETY_PREFIXES = [SAFETY_COPY_PREFIX, BEFORE_IMPORT_PREFIX] as const;

export function isSafetyCopyName(fileName: string): boolean {
  return SAFETY_PREFIXES.some((p) => fileName.startsWith(p)) && fileName.endsWith(BACKUP_EXTENSION);
}

/** Copies the app wrote by itself (automatic and safety copies): what «Удалить старые копии» removes. */
export function isAppWrittenBackupName(fileName: string): boolean {
  return isAutoBackupName(fileName) || isSafetyCopyName(fileName);
}

/** The local date a safety copy's name carries, `YYYY-MM-DD`; null for another name. */
function safetyCopyDate(fileName: string): string | null {
  const match = /^before-(?:restore|import)-(\d{4}-\d{2}-\d{2})-/.exec(fileName);
  return match ? match[1]! : null;
}

/**
 * Which files of the backups folder to delete: automatic copies beyond the newest `keep`; safety copies older
 * than `keepDays` days, except the newest of each kind (the last restore or import is undone with it).
 * Hand-saved files are never touched.
 */
export function backupsToPrune(
  files: readonly string[],
  { keep, keepDays, now }: { keep: number; keepDays: number; now: Date },
): string[] {
  const auto = files.filter(isAutoBackupName).sort();
  const prune = auto.slice(0, Math.max(0, auto.length - keep));
  const cutoff = new Date(now.getFullYear(), now.getMonth(), now.getDate() - keepDays);
  const cutoffIso = `${cutoff.getFullYear()}-${pad(cutoff.getMonth() + 1)}-${pad(cutoff.getDate())}`;
  for (const prefix of SAFETY_PREFIXES) {
    const safety = files.filter((f) => f.startsWith(prefix) && f.endsWith(BACKUP_EXTENSION)).sort();
    for (const name of safety.slice(0, -1)) {
      const date = safetyCopyDate(name);
      if (date !== null && date < cutoffIso) prune.push(name);
    }
  }
  return prune;
}

/** The copy made before an import or a school merge (a mass change that is hard to take back by hand). */
export function beforeImportName(now: Date): string {
  return `${BEFORE_IMPORT_PREFIX}${localStamp(now, true)}${BACKUP_EXTENSION}`;
}

/** A file the shell may prune: an automatic backup, never a hand-made or before-restore copy. */
export function isAutoBackupName(fileName: string): boolean {
  return fileName.startsWith(AUTO_BACKUP_PREFIX) && fileName.endsWith(BACKUP_EXTENSION);
}
