import { todayIso } from '@shared/dates';
import { describeError, isRuleError, RuleError } from '@shared/errors';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { getSetting } from '../queries/settings';
import { isDatabaseEmpty } from '../queries/venue';
import { setSetting } from '../repos/settings-repo';
import { createBackup } from './export-backup';
import { autoBackupName, beforeRestoreName } from '@shared/backup/file-names';
import type { ProgressListener } from './progress';
import { backupLock, type KeyPlatform } from './backup-keys';

export type AutoBackupResult =
  | { status: 'unsupported' | 'not-due' | 'empty' }
  | { status: 'written'; fileName: string; path: string }
  /** `message` is the technical detail; the settings page puts it into words (`errors.autoBackupFailed`). */
  | { status: 'failed'; message: string };

/**
 * What backups need of the platform, declared here so `db/` never imports `platform/`: the app passes its
 * adapter (app/auto-backup.ts, the backup panel), unit tests a fake.
 */
export interface BackupPlatform extends KeyPlatform {
  /**
   * Into the app's backups folder, keeping the newest `keep` automatic ones and the before-restore copies of the
   * last `keepDays` days; null in the web app.
   */
  writeAutoBackup:
    ((fileName: string, data: Uint8Array | Blob, keep: number, keepDays?: number) => Promise<string>) | null;
  appVersion(): Promise<string>;
  /** A save dialog (a download in the web app); false when the person cancelled it. */
  saveFile(request: { suggestedName: string; data: Uint8Array | Blob; mimeType: string }): Promise<boolean>;
}

/**
 * The desktop app's automatic backups, always encrypted (backup-keys.ts): once a day at start-up, and on quit (`onQuit`). Writes `auto-YYYY-MM-DD-HHMM` into the
 * app's backups folder when no automatic backup was written today (local date), keeping the newest N
 * (setting `autoBackupKeep`, default 14). Never throws: a failure's detail is stored in `lastAutoBackupError` (shown
 * in Настройки) and returned. In the web app it does nothing (the settings page reminds instead).
 */
export async function runAutomaticBackup({
  db = defaultDb,
  platform: target,
  now = new Date(),
  onQuit = false,
}: {
  db?: ProfprobaDb;
  platform: BackupPlatform;
  now?: Date;
  /** The backup on quit is written every time: the day's work since the start-up backup is in it. */
  onQuit?: boolean;
}): Promise<AutoBackupResult> {
  try {
    const write = target.writeAutoBackup;
    if (!write) return { status: 'unsupported' };
    const last = await getSetting('lastAutoBackupAt', db);
    if (!onQuit && last && todayIso(new Date(last)) === todayIso(now)) return { status: 'not-due' };
    if (await isDatabaseEmpty(db)) return { status: 'empty' };

    const { file, createdAt } = await createBackup({
      db,
      appVersion: await target.appVersion(),
      now,
      lock: await backupLock(target, db),
    });
    const fileName = autoBackupName(now);
    const path = await write(
      fileName,
      file,
      await getSetting('autoBackupKeep', db),
      await getSetting('safetyCopyDays', db),
    );
    await db.transaction('rw', db.settings, async () => {
      await setSetting('lastAutoBackupAt', createdAt, db);
      await setSetting('lastBackupAt', createdAt, db);
      await setSetting('lastAutoBackupError', null, db);
    });
    return { status: 'written', fileName, path };
  } catch (error) {
    const message = describeError(error);
    try {
      await setSetting('lastAutoBackupError', message, db);
    } catch {
      // The database itself failed; the returned result still carries the message.
    }
    return { status: 'failed', message };
  }
}

/**
 * The copy of the current state made right before a restore: into the backups folder in the desktop app, as
 * a download in the web app. Returns its file name, or null when the database is empty (nothing to keep).
 * Throws when the copy could not be made: the restore must not go ahead then.
 */
export async function saveSafetyCopy({
  db = defaultDb,
  platform: target,
  now = new Date(),
  onProgress,
  signal,
}: {
  db?: ProfprobaDb;
  platform: BackupPlatform;
  now?: Date;
  onProgress?: ProgressListener;
  signal?: AbortSignal;
}): Promise<string | null> {
  if (await isDatabaseEmpty(db)) return null;
  const wrap = (p: Parameters<ProgressListener>[0]) => onProgress?.({ ...p, phase: 'safety-copy' });
  // Encrypted like every copy the app writes: in the web app this download opens with the venue password.
  const { file, createdAt } = await createBackup({
    db,
    appVersion: await target.appVersion(),
    now,
    onProgress: wrap,
    signal,
    lock: await backupLock(target, db),
  });
  const fileName = beforeRestoreName(now);
  try {
    if (target.writeAutoBackup) {
      await target.writeAutoBackup(
        fileName,
        file,
        await getSetting('autoBackupKeep', db),
        await getSetting('safetyCopyDays', db),
      );
    } else {
      const saved = await target.saveFile({
        suggestedName: fileName,
        data: file,
        mimeType: 'application/octet-stream',
      });
      if (!saved) throw new RuleError('settings.safetyCopyNotSaved');
    }
  } catch (error) {
    if (isRuleError(error)) throw error;
    throw new RuleError('settings.safetyCopyFailed', { detail: describeError(error) });
  }
  await setSetting('lastBackupAt', createdAt, db);
  return fileName;
}
