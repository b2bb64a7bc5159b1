import type { TFunction } from 'i18next';
import { BACKUP_FILE_EXTENSION } from '@shared/backup/file-names';
import type { BackupProgress } from '../../../db/backup';
import type { ProgressState } from '../../../ui';

export type SetProgress = (update: (prev: ProgressState | null) => ProgressState | null) => void;

/** What each card gets from the panel: the shared progress dialog, its title and its «Прервать». */
export interface ProgressControls {
  setProgress: SetProgress;
  setTitle: (title: string) => void;
  /** Offers «Прервать» while the returned signal's work runs; call `done()` when it ends. */
  cancellable: () => { signal: AbortSignal; done: () => void };
}

export function tableLabel(t: TFunction<'settings'>, table: string): string {
  return t(`tables.${table}`, { defaultValue: table });
}

/** Turns the backup layer's progress into the dialog's label and counts («12 000 из 130 000»). */
export function progressUpdater(t: TFunction<'settings'>, setProgress: SetProgress) {
  return (p: BackupProgress) =>
    setProgress((prev) => {
      const table = p.table ? tableLabel(t, p.table) : '';
      switch (p.phase) {
        case 'read':
          return {
            label: p.table ? t('backup.progress.read', { table }) : t('backup.progress.readStart'),
            done: p.done,
            total: p.total,
          };
        case 'safety-copy':
          return {
            label: t('backup.progress.safety', { table: table || '…' }),
            done: p.done,
            total: p.total,
          };
        case 'write':
          return { label: t('backup.progress.write', { table: table || '…' }), done: p.done, total: p.total };
        case 'encode':
          // Keep the record counts on screen while the file is compressed.
          return { label: t('backup.progress.encode'), done: prev?.done ?? 0, total: prev?.total ?? 0 };
        case 'validate':
          return { label: t('backup.progress.validate', { table }), done: p.done, total: p.total };
        case 'decode':
          return {
            label: t('backup.progress.decode'),
            done: p.done === p.total ? (prev?.total ?? 0) : 0,
            total: prev?.total ?? 0,
          };
      }
    });
}

/** The open and save dialogs' filter for backup files. */
export function backupFilters(t: TFunction<'settings'>) {
  return [{ name: t('backup.restore.fileFilter'), extensions: [BACKUP_FILE_EXTENSION] }];
}
