import fs from 'node:fs/promises';
import path from 'node:path';
import type {
  BrowserWindow,
  Dialog,
  IpcMain,
  IpcMainInvokeEvent,
  SafeStorage,
  Shell,
  WebContents,
} from 'electron';
import type { z } from 'zod';
import { channelName, ipcSchemas, type IpcChannel, type IpcResults } from '../shared/ipc/contract';
import { isTrustedSender } from './security';
import { rendererErrorLine } from '../shared/ipc/renderer-error';
import { isInside, type AppFolders } from './paths';
import { BACKUP_EXTENSION, backupsToPrune, isAppWrittenBackupName } from '../shared/backup/file-names';
import { createFileReads, createFileWrites, FileWriteRefusal, type FileWrites } from './file-writes';

export interface IpcDeps {
  ipcMain: Pick<IpcMain, 'handle'>;
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  shell: Pick<Shell, 'openPath'>;
  getWindow: () => BrowserWindow | null;
  folders: AppFolders;
  appVersion: string;
  devServerUrl?: string;
  /** Shows the system print dialog for PDF bytes. */
  printPdf: (data: Uint8Array, title: string) => Promise<boolean>;
  /** Gets fixed texts only: channel names and error codes, never arguments, paths or file contents. */
  log: (message: string) => void;
  /** The page reports that its closing work (the backup on quit) is done. */
  onCloseReady?: () => void;
  /** Wraps backup keys for this PC and Windows user (DPAPI); absent or unavailable → no device slot. */
  safeStorage?: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>;
  /** Opens the network lock for exactly the venue's sync server (null: closed again). */
  allowSyncServer?: (origin: string | null) => void;
  now?: () => Date;
}

export class IpcRefusal extends Error {}

/** An error's name and code (EACCES, ENOSPC…) — its message may hold a path with a pupil's name. */
function errorCode(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as NodeJS.ErrnoException).code;
  return code ? `${error.name} ${code}` : error.name;
}

/**
 * Each handler takes exactly what its channel's schema outputs (defaults filled in), so the contract and the
 * handlers cannot drift apart: a schema change that a handler does not follow fails the type check.
 */
type Handlers = {
  [C in IpcChannel]: (...args: [...z.output<(typeof ipcSchemas)[C]>, CallContext]) => Promise<IpcResults[C]>;
};

/** Who called: the handlers of the file writes bind their handles to the calling window. */
interface CallContext {
  /** The sender's `webContents` id (-1 when the event carries none, as in unit tests). */
  owner: number;
  /** Fires once when the sender's page goes away for good (the window closed). */
  onGone: (listener: () => void) => void;
}

/**
 * Registers every channel of the contract. Each call is refused unless it comes from the app's own top
 * frame and its arguments pass the contract's schema; files are written only where the user chose in a
 * dialog or inside the app's own folders.
 */
export function registerIpcHandlers(deps: IpcDeps): Handlers & {
  fileWrites: FileWrites;
  fileReads: ReturnType<typeof createFileReads>;
} {
  const { dialog, shell, folders } = deps;
  const fileWrites = createFileWrites();
  const fileReads = createFileReads();
  const watched = new Set<number>();

  /** A window that closes mid-write or mid-read leaves no temporary file and no open file behind. */
  function watchOwner({ owner, onGone }: CallContext) {
    if (watched.has(owner)) return;
    watched.add(owner);
    onGone(() => {
      watched.delete(owner);
      void fileWrites.abandon(owner);
      void fileReads.abandon(owner);
    });
  }

  /** The only way a path outside the app's folders is ever written: the person picked it in the dialog. */
  async function askSavePath(suggestedName: string, filters: { name: string; extensions: string[] }[]) {
    const win = deps.getWindow();
    const options = { defaultPath: suggestedName, filters };
    const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return null;
    return result.filePath;
  }

  /** The automatic copy's target inside the backups folder, refused when the name leads anywhere else. */
  async function autoBackupTarget(fileName: string) {
    await fs.mkdir(folders.backups, { recursive: true });
    const target = path.join(folders.backups, fileName);
    if (!isInside(folders.backups, target) || target === path.resolve(folders.backups))
      throw new IpcRefusal('Недопустимое имя файла резервной копии');
    if (!fileName.endsWith(BACKUP_EXTENSION))
      throw new IpcRefusal(`Имя файла резервной копии должно оканчиваться на ${BACKUP_EXTENSION}`);
    return target;
  }

  async function prune(keep: number, keepDays: number) {
    const now = deps.now?.() ?? new Date();
    for (const old of backupsToPrune(await fs.readdir(folders.backups), { keep, keepDays, now })) {
      await fs.rm(path.join(folders.backups, old), { force: true });
    }
  }

  const handlers = {
    beginFileWrite: async (request, { owner, onGone }) => {
      let handle: string;
      if (request.kind === 'save') {
        const target = await askSavePath(path.basename(request.suggestedName), request.filters);
        if (!target) return null;
        handle = await fileWrites.begin(owner, target);
      } else {
        const target = await autoBackupTarget(request.fileName);
        handle = await fileWrites.begin(owner, target, () => prune(request.keep, request.keepDays));
      }
      watchOwner({ owner, onGone });
      return handle;
    },

    appendFileWrite: async (handle, bytes, { owner }) => fileWrites.append(owner, handle, bytes),

    finishFileWrite: async (handle, { owner }) => fileWrites.finish(owner, handle),

    abortFileWrite: async (handle, { owner }) => fileWrites.abort(owner, handle),

    openFile: async ({ filters }) => {
      const win = deps.getWindow();
      const options = { properties: ['openFile' as const], filters };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      const filePath = result.filePaths[0];
      if (result.canceled || !filePath) return null;
      const data = new Uint8Array(await fs.readFile(filePath));
      return { name: path.basename(filePath), data };
    },

    openFileRead: async ({ filters }, context) => {
      const win = deps.getWindow();
      const options = { properties: ['openFile' as const], filters };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      const filePath = result.filePaths[0];
      if (result.canceled || !filePath) return null;
      const { handle, size } = await fileReads.open(context.owner, filePath);
      watchOwner(context);
      return { handle, name: path.basename(filePath), size };
    },

    readFileRange: async (handle, start, end, { owner }) => fileReads.read(owner, handle, start, end),

    closeFileRead: async (handle, { owner }) => fileReads.close(owner, handle),

    printPdf: async ({ data, title }) => deps.printPdf(data, title),

    getAppVersion: async () => deps.appVersion,

    openFolder: async (which) => {
      const folder = folders[which];
      await fs.mkdir(folder, { recursive: true });
      await shell.openPath(folder);
    },

    purgeBackups: async ({ before }) => {
      const files = await fs.readdir(folders.backups).catch(() => [] as string[]);
      let removed = 0;
      for (const name of files.filter(isAppWrittenBackupName)) {
        const file = path.join(folders.backups, name);
        if ((await fs.stat(file)).mtime < new Date(before)) {
          await fs.rm(file, { force: true });
          removed += 1;
        }
      }
      return removed;
    },

    // The key travels as base64 text because safeStorage encrypts strings; the result is opaque bytes.
    protectKey: async (key) => {
      const store = deps.safeStorage;
      if (!store?.isEncryptionAvailable()) return null;
      return new Uint8Array(store.encryptString(Buffer.from(key).toString('base64')));
    },

    unprotectKey: async (wrapped) => {
      const store = deps.safeStorage;
      if (!store?.isEncryptionAvailable()) throw new IpcRefusal('Защищённое хранилище ключей недоступно');
      return new Uint8Array(Buffer.from(store.decryptString(Buffer.from(wrapped)), 'base64'));
    },

    setSyncServer: async (origin) => {
      deps.allowSyncServer?.(origin);
    },

    closeReady: async () => {
      deps.onCloseReady?.();
    },

    // The report passed the schema; its line is built again here from tokens and code locations only.
    logRendererError: async (report) => {
      deps.log(rendererErrorLine(report));
    },
  } satisfies Handlers;

  for (const channel of Object.keys(ipcSchemas) as IpcChannel[]) {
    deps.ipcMain.handle(channelName(channel), async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      const win = deps.getWindow();
      const fromMainWindow = !win || (!win.isDestroyed() && event.sender?.id === win.webContents.id);
      if (!fromMainWindow || !isTrustedSender(event.senderFrame, deps.devServerUrl)) {
        deps.log(`IPC ${channel} refused: untrusted sender`);
        throw new IpcRefusal('Запрос отклонён: неизвестный источник');
      }
      const parsed = ipcSchemas[channel].safeParse(args);
      if (!parsed.success) {
        deps.log(`IPC ${channel} refused: malformed arguments`);
        throw new IpcRefusal('Запрос отклонён: неверные аргументы');
      }
      const handler = handlers[channel] as (...a: unknown[]) => Promise<unknown>;
      const sender = event.sender as Partial<Pick<WebContents, 'id' | 'once'>> | undefined;
      const context: CallContext = {
        owner: sender?.id ?? -1,
        onGone: (listener) => sender?.once?.('destroyed', listener),
      };
      try {
        return await handler(...(parsed.data as unknown[]), context);
      } catch (error) {
        if (error instanceof FileWriteRefusal) deps.log(`IPC ${channel} refused: unknown write handle`);
        else if (!(error instanceof IpcRefusal)) deps.log(`IPC ${channel} failed: ${errorCode(error)}`);
        throw error;
      }
    });
  }
  return { ...handlers, fileWrites, fileReads };
}
