import { beforeImportName } from '@shared/backup/file-names';
import { describeError, isRuleError, RuleError } from '@shared/errors';
import { backupLock } from '../../../db/backup/backup-keys';
import { createBackup } from '../../../db/backup/export-backup';
import { getSetting } from '../../../db/queries/settings';
import { isDatabaseEmpty } from '../../../db/queries/venue';
import { platform } from '../../../platform';

/**
 * The automatic safety copy made before a mass change (an import, a school merge): in the desktop app, a full
 * encrypted backup into the app's backups folder («before-import-…», pruned by age like the before-restore copies), so even a change that can no longer
 * be undone in the app can be taken back by restoring it. The web app has no backups folder (a download
 * before every import would be a nuisance): there the in-app undo is the way back, and null is returned. An
 * empty database needs no copy. Throws `participants.safetyCopyFailed` when the copy could not be written:
 * the change must not go ahead then.
 */
export async function safetyCopyBeforeChange(now = new Date()): Promise<string | null> {
  const write = platform.writeAutoBackup;
  if (!write || (await isDatabaseEmpty())) return null;
  try {
    // Encrypted like every copy the app writes by itself (this PC's key and the venue password).
    const { file } = await createBackup({
      appVersion: await platform.appVersion(),
      now,
      lock: await backupLock(platform),
    });
    const fileName = beforeImportName(now);
    await write(fileName, file, await getSetting('autoBackupKeep'), await getSetting('safetyCopyDays'));
    return fileName;
  } catch (error) {
    // A refusal with its own words (no venue password and no key store: never a plain copy) stays as it is.
    if (isRuleError(error)) throw error;
    throw new RuleError('participants.safetyCopyFailed', { detail: describeError(error) });
  }
}
