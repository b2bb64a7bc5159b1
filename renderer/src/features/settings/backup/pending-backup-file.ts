import { useEffect, useSyncExternalStore } from 'react';
import { useNavigate } from 'react-router';
import { platform } from '../../../platform';
import type { OpenedFile } from '../../../platform';

/**
 * A backup file handed over by the desktop app (double-click in Explorer, file association) waits here until
 * the restore screen takes it. A tiny store rather than router state: the file may arrive before any screen
 * is ready, and it must be taken exactly once.
 */
let pending: OpenedFile | null = null;
const listeners = new Set<() => void>();

export function setPendingBackupFile(file: OpenedFile | null): void {
  pending = file;
  for (const l of listeners) l();
}

/** Returns the waiting file and clears it, so a re-render never restores twice. */
export function takePendingBackupFile(): OpenedFile | null {
  const file = pending;
  if (file) setPendingBackupFile(null);
  return file;
}

export function subscribePendingBackupFile(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePendingBackupFile(): OpenedFile | null {
  return useSyncExternalStore(subscribePendingBackupFile, () => pending);
}

export const BACKUP_ROUTE = '/settings/backup';

/**
 * Mount once inside the router (e.g. in the app layout): backup files opened by double-click go to
 * Настройки › Резервные копии, which starts the restore (with its checks and confirmation) at once.
 */
export function useOpenBackupFiles(): void {
  const navigate = useNavigate();
  useEffect(
    () =>
      platform.onOpenBackupFile((file) => {
        setPendingBackupFile(file);
        void navigate(BACKUP_ROUTE);
      }),
    [navigate],
  );
}

/** The same as a component, for mounting next to the routes: renders nothing. */
export function OpenBackupFileListener(): null {
  useOpenBackupFiles();
  return null;
}
