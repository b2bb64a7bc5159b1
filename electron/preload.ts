import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { OpenedFile, ProfprobaApi } from '../shared/ipc/contract';

/**
 * Exposes named functions only; the renderer never sees `ipcRenderer`. Channel names are written out here
 * (not built from the contract at run time) so the sandboxed preload stays one small self-contained file.
 */
const api = {
  saveFile: (options) => ipcRenderer.invoke('profproba:saveFile', options),
  openFile: (options) => ipcRenderer.invoke('profproba:openFile', options),
  saveHtmlAsPdf: (options) => ipcRenderer.invoke('profproba:saveHtmlAsPdf', options),
  printPdf: (options) => ipcRenderer.invoke('profproba:printPdf', options),
  getAppVersion: () => ipcRenderer.invoke('profproba:getAppVersion'),
  openFolder: (which) => ipcRenderer.invoke('profproba:openFolder', which),
  writeAutoBackup: (options) => ipcRenderer.invoke('profproba:writeAutoBackup', options),
  openExternal: (url) => ipcRenderer.invoke('profproba:openExternal', url),
  onOpenBackupFile: (listener) => {
    const wrapped = (_event: IpcRendererEvent, file: OpenedFile) => listener(file);
    ipcRenderer.on('profproba:open-backup-file', wrapped);
    return () => {
      ipcRenderer.removeListener('profproba:open-backup-file', wrapped);
    };
  },
} satisfies ProfprobaApi;

contextBridge.exposeInMainWorld('profproba', api);
