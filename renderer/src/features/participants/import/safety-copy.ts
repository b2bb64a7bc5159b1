import { beforeImportName } from '@shared/backup/file-names';
import { describeError, RuleError } from '@shared/errors';
import { createBackup } from '../../../db/backup/export-backup';
import { getSetting } from '../../../db/queries/settings';
import { isDatabaseEmpty } from '../../../db/queries/venue';
import { platform } from '../../../platform';

/**
 * The automatic safety copy made before a mass change (an import, a school merge): in the desktop app, a full
 * backup into the app's backups folder («before-import-…», never pruned), so even a change that can no longer
 * be undone in the app can be taken back by restoring it. The web app has no backups folder (a download
 * before every import would be a nuisance): there the in-app undo is the way back, and null is returned. An
 * empty database needs no copy. Throws `participants.safetyCopyFailed` when the copy could not be written:
 * the change must not go ahead then.
 */
export async function safetyCopyBeforeChange(now = new Date()): Promise<string | null> {
  const write = platform.writeAutoBackup;
  if (!write || (await isDatabaseEmpty())) return null;
  try {
    const { bytes } = await createBackup({ appVersion: await platform.appVersion(), now });
    const fileName = beforeImportName(now);
    await write(fileName, bytes, await getSetting('autoBackupKeep'));
    return fileName;
  } catch (error) {
    throw new RuleError('participants.safetyCopyFailed', { detail: describeError(error) });
  }
}
