import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { OpenedFile, ProfprobaApi } from '../shared/ipc/contract';

/**
 * Exposes named functions only; the renderer never sees `ipcRenderer`. Channel names are written out here
 * (not built from the contract at run time) so the sandboxed preload stays one small self-contained file.
 */

// Closing the window: the page's closing work (the automatic backup on quit) runs first, then the main
// process is told it may close. A failing listener must not keep the window open, so errors are swallowed
// here (the page records them itself).
let beforeClose: (() => Promise<unknown>) | null = null;
ipcRenderer.on('profproba:before-close', () => {
  const work = beforeClose ? beforeClose().catch(() => undefined) : Promise.resolve();
  void work.then(() => ipcRenderer.invoke('profproba:closeReady'));
});

// A backup file double-clicked before the page has subscribed (the app was started by the double-click)
// waits here: the preload listens from the first moment, the page's React effect only a little later.
const waitingFiles: OpenedFile[] = [];
let backupListener: ((file: OpenedFile) => void) | null = null;
ipcRenderer.on('profproba:open-backup-file', (_event: IpcRendererEvent, file: OpenedFile) => {
  if (backupListener) backupListener(file);
  else waitingFiles.push(file);
});

const api = {
  saveFile: (options) => ipcRenderer.invoke('profproba:saveFile', options),
  openFile: (options) => ipcRenderer.invoke('profproba:openFile', options),
  saveHtmlAsPdf: (options) => ipcRenderer.invoke('profproba:saveHtmlAsPdf', options),
  printPdf: (options) => ipcRenderer.invoke('profproba:printPdf', options),
  getAppVersion: () => ipcRenderer.invoke('profproba:getAppVersion'),
  openFolder: (which) => ipcRenderer.invoke('profproba:openFolder', which),
  writeAutoBackup: (options) => ipcRenderer.invoke('profproba:writeAutoBackup', options),
  openExternal: (url) => ipcRenderer.invoke('profproba:openExternal', url),
  closeReady: () => ipcRenderer.invoke('profproba:closeReady'),
  onOpenBackupFile: (listener) => {
    backupListener = listener;
    for (const file of waitingFiles.splice(0)) listener(file);
    return () => {
      if (backupListener === listener) backupListener = null;
    };
  },
  onBeforeClose: (listener) => {
    beforeClose = listener;
    return () => {
      if (beforeClose === listener) beforeClose = null;
    };
  },
} satisfies ProfprobaApi;

contextBridge.exposeInMainWorld('profproba', api);
