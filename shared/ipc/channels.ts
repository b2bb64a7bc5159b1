/**
 * The names of the IPC channels, without zod: the sandboxed preload imports this (it must stay small and
 * self-contained), the main process and the contract's schemas (contract.ts) use the same names.
 */

/** Every renderer → main call; `contract.ts` gives each its argument schema and result type. */
export const IPC_CHANNELS = [
  'beginFileWrite',
  'appendFileWrite',
  'finishFileWrite',
  'abortFileWrite',
  'openFile',
  'openFileRead',
  'readFileRange',
  'closeFileRead',
  'printPdf',
  'getAppVersion',
  'openFolder',
  'purgeBackups',
  'protectKey',
  'unprotectKey',
  'closeReady',
  'logRendererError',
  'setSyncServer',
] as const;

export type IpcChannel = (typeof IPC_CHANNELS)[number];

export function channelName<C extends IpcChannel>(channel: C): `profproba:${C}` {
  return `profproba:${channel}`;
}

/** Main → renderer event channels. */
export const IPC_EVENTS = {
  openBackupFile: 'profproba:open-backup-file',
  beforeClose: 'profproba:before-close',
} as const;

/** The custom scheme and host the renderer is served from: IndexedDB is bound to this origin forever. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'profproba';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
