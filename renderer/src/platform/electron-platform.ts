import type { ProfprobaApi } from '@shared/ipc/contract';
import type { PlatformAdapter } from './types';

export function createElectronPlatform(api: ProfprobaApi): PlatformAdapter {
  return {
    kind: 'electron',
    saveFile: async ({ suggestedName, data, filters = [] }) =>
      (await api.saveFile({ suggestedName, data, filters })) !== null,
    openFile: (filters) => api.openFile({ filters }),
    printPdf: async (data, title) => {
      await api.printPdf({ data, title });
    },
    appVersion: () => api.getAppVersion(),
    openFolder: (which) => api.openFolder(which),
    writeAutoBackup: (fileName, data, keep, keepDays) =>
      api.writeAutoBackup({ fileName, data, keep, keepDays }),
    purgeBackups: (before) => api.purgeBackups({ before: before.toISOString() }),
    protectKey: (key) => api.protectKey(key),
    unprotectKey: (wrapped) => api.unprotectKey(wrapped),
    setSyncServer: (origin) => api.setSyncServer(origin),
    onOpenBackupFile: (listener) => api.onOpenBackupFile(listener),
    onBeforeClose: (listener) => api.onBeforeClose(listener),
    logError: (report) => api.logRendererError(report),
  };
}
