/**
 * What other features and the app shell may use of Настройки. Everything else in this folder is internal.
 */
export { VenueForm } from './venue-form';
export { BackupPanel } from './backup/backup-panel';
export { BackupReminder } from './backup/backup-status';
export { OpenBackupFileListener, usePendingBackupFile } from './backup/pending-backup-file';
export { useVenue, useDatabaseEmpty } from './use-venue';
