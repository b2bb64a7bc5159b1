import { z } from 'zod';
import type { IpcChannel } from './channels';
import { RENDERER_ERROR_KINDS, REPORT_LIMITS } from './renderer-error';

export {
  APP_HOST,
  APP_ORIGIN,
  APP_SCHEME,
  channelName,
  IPC_CHANNELS,
  IPC_EVENTS,
  type IpcChannel,
} from './channels';

/**
 * The whole IPC surface between the renderer and the Electron main process. Each call has a channel, an
 * argument schema (checked in the main process: the renderer is never trusted) and a result type. The
 * preload exposes exactly these functions as `window.profproba`, nothing else.
 */

const fileFilter = z.object({
  name: z.string().max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9*]{1,10}$/i)).max(20),
});

const bytes = z
  .custom<Uint8Array>((v) => v instanceof Uint8Array, 'Ожидались байты файла')
  .refine((b) => b.byteLength <= 512 * 1024 * 1024, 'Файл больше 512 МБ');

/** The largest part `appendFileWrite` takes: a file of any size crosses the boundary in parts this big. */
export const MAX_WRITE_CHUNK = 8 * 1024 * 1024;

/** A write handle: random, made by the main process, bound to the window that opened it. */
export const fileHandle = z.uuid();

const chunk = z
  .custom<Uint8Array>((v) => v instanceof Uint8Array, 'Ожидались байты файла')
  .refine((b) => b.byteLength >= 1 && b.byteLength <= MAX_WRITE_CHUNK, 'Часть файла больше 8 МБ');

/** The origin of an http(s) address without credentials, path, query or fragment; null for anything else. */
export function serverOrigin(value: string): string | null {
  if (!URL.canParse(value)) return null;
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (
    url.username ||
    url.password ||
    url.search ||
    url.hash ||
    (url.pathname !== '/' && url.pathname !== '')
  ) {
    return null;
  }
  return url.origin;
}

export const ipcSchemas = {
  /**
   * Opens a file for writing in parts (docs/backup-format.md §8): `save` asks where (the system dialog) and writes
   * next to the chosen path; `auto` writes an automatic backup (or a before-restore copy) into the app's backups
   * folder and, when finished, prunes: the newest `keep` automatic copies, the before-restore copies of the last
   * `keepDays` days (the newest always kept). The bytes go to a temporary file until `finishFileWrite` renames it
   * into place. Resolves to an opaque handle, or null when the dialog was cancelled.
   */
  beginFileWrite: z.tuple([
    z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('save'),
        suggestedName: z.string().min(1).max(255),
        filters: z.array(fileFilter).max(10).default([]),
      }),
      z.object({
        kind: z.literal('auto'),
        fileName: z.string().regex(/^[\w.-]{1,120}$/),
        keep: z.number().int().min(1).max(365),
        keepDays: z.number().int().min(1).max(365).default(30),
      }),
    ]),
  ]),
  /** Appends at most `MAX_WRITE_CHUNK` bytes to the file of a handle this window opened. */
  appendFileWrite: z.tuple([fileHandle, chunk]),
  /** Flushes to disk, renames the temporary file into place (then prunes automatic copies); resolves to the path. */
  finishFileWrite: z.tuple([fileHandle]),
  /** Closes and deletes the temporary file of a handle: nothing is left behind. */
  abortFileWrite: z.tuple([fileHandle]),
  /** Shows the open dialog and reads the chosen file. Null if cancelled. */
  openFile: z.tuple([z.object({ filters: z.array(fileFilter).max(10).default([]) })]),
  /**
   * Shows the open dialog and keeps the chosen file open for reading in parts (a backup restored record by
   * record): resolves to a handle bound to this window, the file's name and size; null if cancelled.
   */
  openFileRead: z.tuple([z.object({ filters: z.array(fileFilter).max(10).default([]) })]),
  /** Bytes `start` to `end` (excluded) of an open file, at most `MAX_WRITE_CHUNK` at a time. */
  readFileRange: z
    .tuple([fileHandle, z.number().int().min(0), z.number().int().min(0)])
    .refine(([, start, end]) => end > start && end - start <= MAX_WRITE_CHUNK, 'Часть файла больше 8 МБ'),
  /** Closes a file opened by `openFileRead`. */
  closeFileRead: z.tuple([fileHandle]),
  /** Opens the system print dialog for a PDF the renderer generated. */
  printPdf: z.tuple([z.object({ data: bytes, title: z.string().max(255) })]),
  /** The application's version. */
  getAppVersion: z.tuple([]),
  /** Opens the app's data folder or its backups folder in the file manager. */
  openFolder: z.tuple([z.enum(['data', 'backups', 'logs'])]),
  /** Deletes the app's own copies (automatic, before-restore) written before `before` (after an anonymisation). */
  purgeBackups: z.tuple([z.object({ before: z.iso.datetime() })]),
  /** Wraps a 32-byte backup key with Electron `safeStorage` (this PC, this user). Null when unavailable. */
  protectKey: z.tuple([z.custom<Uint8Array>((v) => v instanceof Uint8Array && v.byteLength === 32)]),
  /** Unwraps what `protectKey` returned; rejects on another PC or account. */
  unprotectKey: z.tuple([z.custom<Uint8Array>((v) => v instanceof Uint8Array && v.byteLength <= 4096)]),
  /** The page finished its work before the window closes (the closing backup); the window may close now. */
  closeReady: z.tuple([]),
  /** An error in the app window (error boundary, unhandled error or rejection) for main.log; no message. */
  logRendererError: z.tuple([
    z.object({
      kind: z.enum(RENDERER_ERROR_KINDS),
      name: z.string().max(REPORT_LIMITS.name),
      code: z.string().max(REPORT_LIMITS.code),
      stack: z.string().max(REPORT_LIMITS.stack),
    }),
  ]),
  /**
   * The venue's sync server (docs/sync.md): the network lock lets through exactly this origin (scheme, host,
   * port) and nothing else; null closes it again (sync off).
   */
  setSyncServer: z.tuple([
    z
      .string()
      .max(300)
      .refine((v) => serverOrigin(v) === v, 'Ожидался адрес сервера: схема, узел и порт')
      .nullable(),
  ]),
} as const satisfies Record<IpcChannel, z.ZodType>;

export interface OpenedFile {
  name: string;
  data: Uint8Array;
}

export interface IpcResults {
  /** Null: the save dialog was cancelled. */
  beginFileWrite: string | null;
  appendFileWrite: void;
  /** The file's path. */
  finishFileWrite: string;
  abortFileWrite: void;
  openFile: OpenedFile | null;
  openFileRead: { handle: string; name: string; size: number } | null;
  readFileRange: Uint8Array;
  closeFileRead: void;
  printPdf: boolean;
  getAppVersion: string;
  openFolder: void;
  /** How many files were deleted. */
  purgeBackups: number;
  protectKey: Uint8Array | null;
  unprotectKey: Uint8Array;
  closeReady: void;
  logRendererError: void;
  setSyncServer: void;
}

export type IpcArgs<C extends IpcChannel> = z.input<(typeof ipcSchemas)[C]>;

/** What `window.profproba` looks like in the renderer. */
export type ProfprobaApi = {
  [C in IpcChannel]: (...args: IpcArgs<C>) => Promise<IpcResults[C]>;
} & {
  /** Backup files double-clicked in Explorer arrive here (file association, second instance). */
  onOpenBackupFile: (listener: (file: OpenedFile) => void) => () => void;
  /**
   * Work to finish before the window closes (the automatic backup on quit). The preload calls `closeReady`
   * when the listener settles; the main process closes the window then, or after a time limit.
   */
  onBeforeClose: (listener: () => Promise<unknown>) => () => void;
};
