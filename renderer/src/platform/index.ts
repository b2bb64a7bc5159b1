import type { ProfprobaApi } from '@shared/ipc/contract';
import { createBrowserPlatform } from './browser-platform';
import { createElectronPlatform } from './electron-platform';
import type { PlatformAdapter } from './types';

export type {
  PlatformAdapter,
  FileData,
  FileFilter,
  SaveFileRequest,
  OpenedFile,
  ReadableFile,
} from './types';
export { blobFile } from './types';

declare global {
  interface Window {
    /** Present only inside the Electron app (exposed by the preload). */
    profproba?: ProfprobaApi;
  }
}

/** The adapter for where the app runs, chosen once at start-up. */
export const platform: PlatformAdapter = window.profproba
  ? createElectronPlatform(window.profproba)
  : createBrowserPlatform(__APP_VERSION__);
