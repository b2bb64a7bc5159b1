import { useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { appSync } from '../../sync/app-sync';
import { openConflictCount, openConflicts } from '../../sync/conflicts';
import type { SyncStatus } from '../../sync/service';

export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(appSync.subscribe, appSync.getStatus);
}

export function useOpenConflictCount(): number {
  return useLiveQuery(() => openConflictCount(), [], 0);
}

export function useOpenConflicts() {
  return useLiveQuery(() => openConflicts(), []);
}

export function useSyncConfig() {
  return useLiveQuery(() => appSync.config(), []);
}
