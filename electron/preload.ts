import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channelName, IPC_EVENTS } from '../shared/ipc/channels';
import type { OpenedFile, ProfprobaApi } from '../shared/ipc/contract';

/**
 * Exposes named functions only; the renderer never sees `ipcRenderer`. Channel names come from the zod-free
 * `shared/ipc/channels.ts` (not the contract's schemas), so the sandboxed preload stays one small
 * self-contained file.
 */

// Closing the window: the page's closing work (the automatic backup on quit) runs first, then the main
// process is told it may close. A failing listener must not keep the window open, so errors are swallowed
// here (the page records them itself).
let beforeClose: (() => Promise<unknown>) | null = null;
ipcRenderer.on(IPC_EVENTS.beforeClose, () => {
  const work = beforeClose ? beforeClose().catch(() => undefined) : Promise.resolve();
  void work.then(() => ipcRenderer.invoke(channelName('closeReady')));
});

// A backup file double-clicked before the page has subscribed (the app was started by the double-click)
// waits here: the preload listens from the first moment, the page's React effect only a little later.
const waitingFiles: OpenedFile[] = [];
let backupListener: ((file: OpenedFile) => void) | null = null;
ipcRenderer.on(IPC_EVENTS.openBackupFile, (_event: IpcRendererEvent, file: OpenedFile) => {
  if (backupListener) backupListener(file);
  else waitingFiles.push(file);
});

const api = {
  beginFileWrite: (request) => ipcRenderer.invoke(channelName('beginFileWrite'), request),
  appendFileWrite: (handle, bytes) => ipcRenderer.invoke(channelName('appendFileWrite'), handle, bytes),
  finishFileWrite: (handle) => ipcRenderer.invoke(channelName('finishFileWrite'), handle),
  abortFileWrite: (handle) => ipcRenderer.invoke(channelName('abortFileWrite'), handle),
  openFile: (options) => ipcRenderer.invoke(channelName('openFile'), options),
  openFileRead: (options) => ipcRenderer.invoke(channelName('openFileRead'), options),
  readFileRange: (handle, start, end) => ipcRenderer.invoke(channelName('readFileRange'), handle, start, end),
  closeFileRead: (handle) => ipcRenderer.invoke(channelName('closeFileRead'), handle),
  printPdf: (options) => ipcRenderer.invoke(channelName('printPdf'), options),
  getAppVersion: () => ipcRenderer.invoke(channelName('getAppVersion')),
  openFolder: (which) => ipcRenderer.invoke(channelName('openFolder'), which),
  purgeBackups: (options) => ipcRenderer.invoke(channelName('purgeBackups'), options),
  protectKey: (key) => ipcRenderer.invoke(channelName('protectKey'), key),
  unprotectKey: (wrapped) => ipcRenderer.invoke(channelName('unprotectKey'), wrapped),
  closeReady: () => ipcRenderer.invoke(channelName('closeReady')),
  logRendererError: (report) => ipcRenderer.invoke(channelName('logRendererError'), report),
  setSyncServer: (origin) => ipcRenderer.invoke(channelName('setSyncServer'), origin),
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
