import { MAX_WRITE_CHUNK, type ProfprobaApi } from '@shared/ipc/contract';
import type { FileData, PlatformAdapter } from './types';

/**
 * Hands a file to the main process slice by slice (docs/backup-format.md §8): a Blob (a backup made in parts) is
 * read `MAX_WRITE_CHUNK` at a time with `slice().arrayBuffer()`, so neither process holds it whole and a copy of
 * any size fits through the boundary. Any failure aborts the write: main deletes its temporary file.
 */
export async function writeInChunks(
  api: Pick<ProfprobaApi, 'appendFileWrite' | 'finishFileWrite' | 'abortFileWrite'>,
  handle: string,
  data: FileData,
  onProgress?: (written: number, total: number) => void,
): Promise<string> {
  const total = data instanceof Blob ? data.size : data.byteLength;
  try {
    for (let offset = 0; offset < total; offset += MAX_WRITE_CHUNK) {
      const end = Math.min(offset + MAX_WRITE_CHUNK, total);
      const part =
        data instanceof Blob
          ? new Uint8Array(await data.slice(offset, end).arrayBuffer())
          : data.subarray(offset, end);
      await api.appendFileWrite(handle, part);
      onProgress?.(end, total);
    }
    return await api.finishFileWrite(handle);
  } catch (error) {
    // The handle may already be gone (a failed finish removes it): the refusal then says nothing new.
    await api.abortFileWrite(handle).catch(() => undefined);
    throw error;
  }
}

export function createElectronPlatform(api: ProfprobaApi): PlatformAdapter {
  return {
    kind: 'electron',
    saveFile: async ({ suggestedName, data, filters = [], onProgress }) => {
      const handle = await api.beginFileWrite({ kind: 'save', suggestedName, filters });
      if (handle === null) return false;
      await writeInChunks(api, handle, data, onProgress);
      return true;
    },
    openFile: (filters) => api.openFile({ filters }),
    openBackupFile: async (filters) => {
      const opened = await api.openFileRead({ filters });
      if (!opened) return null;
      const { handle, name, size } = opened;
      return {
        name,
        size,
        read: (start, end) => api.readFileRange(handle, start, end),
        close: () => api.closeFileRead(handle),
      };
    },
    printPdf: async (data, title) => {
      await api.printPdf({ data, title });
    },
    appVersion: () => api.getAppVersion(),
    openFolder: (which) => api.openFolder(which),
    writeAutoBackup: async (fileName, data, keep, keepDays) => {
      const handle = await api.beginFileWrite({ kind: 'auto', fileName, keep, keepDays });
      // An automatic copy has no dialog to cancel: main answers a handle or throws.
      if (handle === null) throw new Error('beginFileWrite');
      return writeInChunks(api, handle, data);
    },
    purgeBackups: (before) => api.purgeBackups({ before: before.toISOString() }),
    protectKey: (key) => api.protectKey(key),
    unprotectKey: (wrapped) => api.unprotectKey(wrapped),
    setSyncServer: (origin) => api.setSyncServer(origin),
    onOpenBackupFile: (listener) => api.onOpenBackupFile(listener),
    onBeforeClose: (listener) => api.onBeforeClose(listener),
    logError: (report) => api.logRendererError(report),
  };
}
