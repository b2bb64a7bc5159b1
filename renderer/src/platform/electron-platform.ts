import type { ProfprobaApi } from '@shared/ipc/contract';
import type { FileData, PlatformAdapter } from './types';

/**
 * The IPC contract carries bytes: a Blob (a backup made in parts) is read here, at the boundary. So in the
 * desktop app the file is one buffer for the moment of the send; appending parts to a file opened in main is
 * the next step (docs/backup-format.md §8).
 */
async function bytesOf(data: FileData): Promise<Uint8Array> {
  return data instanceof Blob ? new Uint8Array(await data.arrayBuffer()) : data;
}

export function createElectronPlatform(api: ProfprobaApi): PlatformAdapter {
  return {
    kind: 'electron',
    saveFile: async ({ suggestedName, data, filters = [] }) =>
      (await api.saveFile({ suggestedName, data: await bytesOf(data), filters })) !== null,
    openFile: (filters) => api.openFile({ filters }),
    printPdf: async (data, title) => {
      await api.printPdf({ data, title });
    },
    appVersion: () => api.getAppVersion(),
    openFolder: (which) => api.openFolder(which),
    writeAutoBackup: async (fileName, data, keep, keepDays) =>
      api.writeAutoBackup({ fileName, data: await bytesOf(data), keep, keepDays }),
    purgeBackups: (before) => api.purgeBackups({ before: before.toISOString() }),
    protectKey: (key) => api.protectKey(key),
    unprotectKey: (wrapped) => api.unprotectKey(wrapped),
    setSyncServer: (origin) => api.setSyncServer(origin),
    onOpenBackupFile: (listener) => api.onOpenBackupFile(listener),
    onBeforeClose: (listener) => api.onBeforeClose(listener),
    logError: (report) => api.logRendererError(report),
  };
}
