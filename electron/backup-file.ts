import path from 'node:path';
import { BACKUP_EXTENSION } from '../shared/backup/file-names';
import { IPC_EVENTS, type OpenedFile } from '../shared/ipc/contract';

/**
 * Backup files opened from Explorer (double-click through the file association, or "Open with"). Windows
 * starts a second `ПрофПроба.exe` with the path in argv; the single-instance lock hands that argv to the
 * running app, which forwards the file to its window, where the restore screen takes over.
 */

export { BACKUP_EXTENSION };
/** The same limit as the IPC contract's bytes. */
const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

/** The first argument that names an existing backup file (Windows passes it quoted, already unquoted here). */
export function backupArgument(
  argv: readonly string[],
  exists: (file: string) => boolean,
): string | undefined {
  return argv
    .slice(1)
    .find((a) => !a.startsWith('-') && a.toLowerCase().endsWith(BACKUP_EXTENSION) && exists(a));
}

export interface ForwardTarget {
  isDestroyed(): boolean;
  webContents: { isLoading(): boolean; send(channel: string, ...args: unknown[]): void };
}

export interface BackupForwarderDeps {
  getWindow: () => ForwardTarget | null;
  readFile: (file: string) => Promise<Uint8Array>;
  fileSize: (file: string) => Promise<number>;
  /** Never receives the path or the contents: only what went wrong. */
  logError: (message: string, error?: unknown) => void;
  showError: (message: string) => void;
}

export function createBackupForwarder(deps: BackupForwarderDeps) {
  let pending: OpenedFile | null = null;

  function ready(win: ForwardTarget | null): win is ForwardTarget {
    return win !== null && !win.isDestroyed() && !win.webContents.isLoading();
  }

  return {
    /** Reads the file and sends it to the window now, or once the page has loaded. */
    async deliver(filePath: string): Promise<void> {
      let file: OpenedFile;
      try {
        if ((await deps.fileSize(filePath)) > MAX_BACKUP_BYTES) {
          // Opened from inside the app, a file of any size is read in parts (openFileRead); this path hands the
          // window one buffer, so it keeps the contract's cap and says where a larger copy can be restored.
          deps.showError(
            'Файл резервной копии больше 512 МБ, двойным щелчком его открыть нельзя. Восстановите его в программе: ' +
              'Настройки › Резервные копии › «Восстановить из файла…».',
          );
          return;
        }
        file = { name: path.basename(filePath), data: await deps.readFile(filePath) };
      } catch (error) {
        deps.logError('Could not read a backup file passed on the command line', error);
        deps.showError(`Не удалось прочитать файл резервной копии «${path.basename(filePath)}».`);
        return;
      }
      const win = deps.getWindow();
      if (ready(win)) win.webContents.send(IPC_EVENTS.openBackupFile, file);
      else pending = file;
    },
    /** Called when the page has finished loading: hands over a file that arrived before. */
    flush(): void {
      const win = deps.getWindow();
      if (pending && ready(win)) {
        win.webContents.send(IPC_EVENTS.openBackupFile, pending);
        pending = null;
      }
    },
    hasPending: () => pending !== null,
  };
}
