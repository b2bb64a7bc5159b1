import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@shared/dates';
import { isCancelled, isRuleError } from '@shared/errors';
import { opensWithoutPassword } from '@shared/backup/format';
import {
  backupUnlock,
  checkBackup,
  countTables,
  decodeBackup,
  openBackupFile,
  replaceDatabase,
  saveSafetyCopy,
  totalRecords,
  type DecodedBackup,
  type OpenedBackup,
} from '../../../db/backup';
import { blobFile, platform, type ReadableFile } from '../../../platform';
import { askRestoreSync } from '../../sync/public';
import { confirmDanger, errorMessage, notifyError, notifySaved, useAction } from '../../../ui';
import { backupFilters, progressUpdater, type ProgressControls } from './backup-progress';
import { subscribePendingBackupFile, takePendingBackupFile } from './pending-backup-file';
import { RestoreSummary } from './restore-summary';

/**
 * The restore's steps: open the file (header checks), ask for the password when it is encrypted, decode and
 * upgrade, confirm with the counts, save a copy of the current data, replace everything in one transaction.
 * A refusal is shown on the card (`failure`), not as a toast: the person needs to read it.
 */
export function useRestore({ setProgress, setTitle, cancellable }: ProgressControls) {
  const { t } = useTranslation('settings');
  const [failure, setFailure] = useState<{ name: string; message: string } | null>(null);
  const [passwordFor, setPasswordFor] = useState<OpenedBackup | null>(null);
  const [password, setPassword] = useState('');
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const { busy, run } = useAction();
  // The file being restored stays open (desktop: in main) until the restore ends one way or another.
  const openFile = useRef<ReadableFile | null>(null);
  const closeFile = useCallback(() => {
    const file = openFile.current;
    openFile.current = null;
    void file?.close().catch(() => undefined);
  }, []);

  const continueRestore = useCallback(
    async (opened: OpenedBackup, pwd?: string) => {
      const onProgress = progressUpdater(t, setProgress);
      setTitle(t('backup.restore.progressTitle'));
      setProgress(() => ({
        label: t('backup.progress.decode'),
        done: 0,
        total: totalRecords(opened.header.counts),
      }));
      let decoded: DecodedBackup;
      try {
        decoded = await decodeBackup(opened, backupUnlock(platform, pwd), onProgress);
      } catch (error) {
        setProgress(() => null);
        if (isRuleError(error) && error.code === 'settings.backupWrongPassword' && pwd !== undefined) {
          setPasswordError(errorMessage(error));
          return;
        }
        setPasswordFor(null);
        closeFile();
        setFailure({ name: opened.fileName, message: errorMessage(error) });
        return;
      }
      // Every record is read and checked: the file is not needed any more.
      closeFile();
      setProgress(() => null);
      setPasswordFor(null);

      const now = await countTables();
      const ok = await confirmDanger({
        title: t('backup.restore.confirmTitle'),
        message: <RestoreSummary backup={decoded} now={now} willDownload={!platform.writeAutoBackup} />,
        confirmLabel: t('backup.restore.confirm'),
      });
      if (!ok) return;
      // With sync on: push the restored data to the server or leave sync off (the clears never replicate).
      const withSync = await askRestoreSync();
      // Cancelling is safe throughout: before the transaction nothing was written, inside it IndexedDB rolls back.
      const stop = cancellable();
      try {
        const safetyCopyName = await saveSafetyCopy({ platform, onProgress, signal: stop.signal });
        await withSync(() => replaceDatabase(decoded, { onProgress, safetyCopyName, signal: stop.signal }));
        stop.done();
        notifySaved(t('backup.restore.done', { when: formatDateTime(decoded.header.createdAt) }));
      } catch (error) {
        if (isCancelled(error)) notifySaved(t('backup.restore.stopped'));
        else setFailure({ name: opened.fileName, message: errorMessage(error) });
      } finally {
        stop.done();
        setProgress(() => null);
      }
    },
    [t, setProgress, setTitle, cancellable, closeFile],
  );

  const startRestore = useCallback(
    async (file: ReadableFile) => {
      setFailure(null);
      let opened: OpenedBackup;
      try {
        opened = await openBackupFile(file.name, file);
        // A damaged file is said to be damaged before any password is asked for.
        await checkBackup(opened);
      } catch (error) {
        setFailure({ name: file.name, message: errorMessage(error) });
        void file.close();
        return;
      }
      closeFile();
      openFile.current = file;
      // A copy this PC made opens with its own key; any other encrypted file asks for the password.
      const { encryption } = opened.header;
      if (encryption && !(await opensWithoutPassword(encryption, backupUnlock(platform)))) {
        setPassword('');
        setPasswordError(null);
        setPasswordFor(opened);
        return;
      }
      await run(() => continueRestore(opened));
    },
    [continueRestore, run, closeFile],
  );

  // A file opened by double-click in Explorer arrives through the pending store, possibly before this
  // screen was mounted: take it now (after the render) and whenever another one arrives.
  useEffect(() => {
    const take = () => {
      const file = takePendingBackupFile();
      if (file) void startRestore(blobFile(file.name, new Blob([file.data as BlobPart])));
    };
    queueMicrotask(take);
    return subscribePendingBackupFile(take);
  }, [startRestore]);

  /** «Восстановить из файла…»: the open dialog is outside `run`, so a dialog left open never holds the button. */
  async function chooseFile() {
    try {
      const file = await platform.openBackupFile(backupFilters(t));
      if (file) await startRestore(file);
    } catch (error) {
      notifyError(errorMessage(error));
    }
  }

  function submitPassword() {
    if (passwordFor) void run(() => continueRestore(passwordFor, password));
  }

  return {
    busy,
    failure,
    passwordFor,
    password,
    setPassword,
    passwordError,
    chooseFile,
    submitPassword,
    closePassword: () => {
      setPasswordFor(null);
      closeFile();
    },
  };
}
