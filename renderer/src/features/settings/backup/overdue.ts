const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** True when the web app should remind: no backup yet, or the last one older than 7 days. */
export function isBackupOverdue(lastBackupAt: string | null, now: Date = new Date()): boolean {
  if (!lastBackupAt) return true;
  const at = Date.parse(lastBackupAt);
  return Number.isNaN(at) || now.getTime() - at > WEEK_MS;
}
