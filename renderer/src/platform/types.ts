import type { OpenedFile } from '@shared/ipc/contract';
import type { RendererErrorReport } from '@shared/ipc/renderer-error';

export type { OpenedFile };

export interface FileFilter {
  /** Shown in the dialog, e.g. «Таблицы Excel». */
  name: string;
  /** Without dots: `['xlsx', 'csv']`. */
  extensions: string[];
}

/** A file read in parts: byte ranges on demand, never the whole file at once. */
export interface ReadableFile {
  name: string;
  size: number;
  /** Bytes `start` to `end` (excluded), at most 8 MiB at a time. */
  read(start: number, end: number): Promise<Uint8Array>;
  /** Releases the file (the desktop app closes it in main); reads fail afterwards. */
  close(): Promise<void>;
}

/** Reads a Blob (a File, or bytes already in memory) in parts. */
export function blobFile(name: string, blob: Blob): ReadableFile {
  return {
    name,
    size: blob.size,
    read: async (start, end) => new Uint8Array(await blob.slice(start, end).arrayBuffer()),
    close: async () => undefined,
  };
}

/** A file's bytes: a Blob for what is made in parts (a backup, docs/backup-format.md §8), never joined in JS. */
export type FileData = Uint8Array | Blob;

export interface SaveFileRequest {
  suggestedName: string;
  data: FileData;
  mimeType: string;
  filters?: FileFilter[];
  /** Bytes handed over so far (the desktop app writes a big file in parts). */
  onProgress?: (written: number, total: number) => void;
}

/**
 * What the features may ask of the platform. Two implementations: Electron (the preload's functions) and the
 * browser (downloads, a file input, printing through a hidden frame). Features never touch `window.*` for
 * files or printing; they go through `usePlatform()` / `platform`.
 */
export interface PlatformAdapter {
  kind: 'electron' | 'browser';
  /** Saves bytes: a save dialog in Electron, a download in the browser. Resolves to false if cancelled. */
  saveFile(request: SaveFileRequest): Promise<boolean>;
  /** Lets the person pick one file and reads it. Null if cancelled. */
  openFile(filters: FileFilter[]): Promise<OpenedFile | null>;
  /**
   * Lets the person pick a backup file and reads it only in parts, as a restore asks (docs/backup-format.md §8):
   * the browser reads slices of the chosen File (its bytes stay on disk), the desktop app byte ranges of the file
   * main keeps open. Call `close` when done with it. Null if cancelled.
   */
  openBackupFile(filters: FileFilter[]): Promise<ReadableFile | null>;
  /** Opens the print dialog for a generated PDF. */
  printPdf(data: Uint8Array, title: string): Promise<void>;
  appVersion(): Promise<string>;
  /** Folders exist only in the desktop app. */
  openFolder: ((which: 'data' | 'backups' | 'logs') => Promise<void>) | null;
  /** Automatic backups into the app's folder exist only in the desktop app. */
  writeAutoBackup:
    ((fileName: string, data: FileData, keep: number, keepDays?: number) => Promise<string>) | null;
  /** Deletes the app's own copies written before a moment (after an anonymisation); desktop only. */
  purgeBackups: ((before: Date) => Promise<number>) | null;
  /** Wraps a backup key for this PC (Electron safeStorage); null in the web app, resolves to null without a key store. */
  protectKey: ((key: Uint8Array) => Promise<Uint8Array | null>) | null;
  unprotectKey: ((wrapped: Uint8Array) => Promise<Uint8Array>) | null;
  /** Opens the desktop shell's network lock for exactly the sync server's origin (null closes it); web: null. */
  setSyncServer: ((origin: string | null) => Promise<void>) | null;
  /** A backup file opened by double-click (desktop only). */
  onOpenBackupFile(listener: (file: OpenedFile) => void): () => void;
  /** Work to finish before the desktop window closes (the backup on quit); nothing in the browser. */
  onBeforeClose(listener: () => Promise<unknown>): () => void;
  /** Writes an error of the app window (already redacted) to main.log; does nothing in the web app. */
  logError(report: RendererErrorReport): Promise<void>;
}
