import { lazy } from 'react';

/**
 * What other features and the app shell may use of Настройки. Everything else in this folder is internal.
 *
 * The shell imports this file at start-up, so it stays light: the venue hook and the listener for backup files
 * opened in Explorer are here directly; the form and the backup panel are loaded when first shown (wrap them
 * in Suspense).
 */
export { useVenue, useDatabaseEmpty } from './use-venue';
export { OpenBackupFileListener, usePendingBackupFile } from './backup/pending-backup-file';

export const VenueForm = lazy(() => import('./venue-form').then((m) => ({ default: m.VenueForm })));
export const BackupPanel = lazy(() =>
  import('./backup/backup-panel').then((m) => ({ default: m.BackupPanel })),
);
/** «Главная»'s monthly reminder of pupils past the retention term (Настройки › «Хранение данных»). */
export const RetentionReminder = lazy(() =>
  import('./retention/retention-reminder').then((m) => ({ default: m.RetentionReminder })),
);
export const VenuePasswordCard = lazy(() =>
  import('./backup/venue-password-card').then((m) => ({ default: m.VenuePasswordCard })),
);
