import path from 'node:path';

/** The app's own folders under the per-user data folder (%APPDATA%\ПрофПроба on Windows). */
export interface AppFolders {
  data: string;
  backups: string;
  logs: string;
}

export function appFolders(userData: string, logs: string): AppFolders {
  return { data: userData, backups: path.join(userData, 'backups'), logs };
}

/** True when `target` lies inside `folder` (after resolving `..`). */
export function isInside(folder: string, target: string): boolean {
  const root = path.resolve(folder);
  const resolved = path.resolve(target);
  return resolved === root || resolved.startsWith(root + path.sep);
}
