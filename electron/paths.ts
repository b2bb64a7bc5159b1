import path from 'node:path';

/** The product name: the per-user data folder is %APPDATA%\ПрофПроба on Windows. */
export const PRODUCT_NAME = 'ПрофПроба';

/** The app's own folders under the per-user data folder (%APPDATA%\ПрофПроба on Windows). */
export interface AppFolders {
  data: string;
  backups: string;
  logs: string;
}

/** Fixed from appData and the product name, so a renamed exe or a dev run never moves the data. */
export function userDataFolder(appData: string): string {
  return path.join(appData, PRODUCT_NAME);
}

export function appFolders(userData: string, logs: string = path.join(userData, 'logs')): AppFolders {
  return { data: userData, backups: path.join(userData, 'backups'), logs };
}

/** True when `target` lies inside `folder` (after resolving `..`). */
export function isInside(folder: string, target: string): boolean {
  const root = path.resolve(folder);
  const resolved = path.resolve(target);
  return resolved === root || resolved.startsWith(root + path.sep);
}
