import { BACKUP_FILE_EXTENSION } from '@shared/backup/format';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `YYYY-MM-DD-HHMM` in local time: sorts by date and is readable in Explorer. */
export function localStamp(now: Date, withSeconds = false): string {
  const base = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  return withSeconds ? `${base}${pad(now.getSeconds())}` : base;
}

/** A backup the person saves by hand. */
export function manualBackupName(now: Date): string {
  return `profproba-${localStamp(now)}.${BACKUP_FILE_EXTENSION}`;
}

/** The daily automatic backup; the desktop app keeps the newest N files named `auto-*`. */
export function autoBackupName(now: Date): string {
  return `auto-${localStamp(now)}.${BACKUP_FILE_EXTENSION}`;
}

/** The copy of the current state made before a restore; never pruned automatically. */
export function beforeRestoreName(now: Date): string {
  return `before-restore-${localStamp(now, true)}.${BACKUP_FILE_EXTENSION}`;
}

/** ДД.ММ.ГГГГ ЧЧ:ММ in local time, for «Последняя резервная копия: …». */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
