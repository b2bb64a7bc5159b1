export { createBackup, readAllTables, type BackupResult } from './export-backup';
export {
  openBackup,
  decodeBackup,
  replaceDatabase,
  countTables,
  totalRecords,
  type OpenedBackup,
  type DecodedBackup,
} from './restore-backup';
export { runAutomaticBackupIfDue, saveSafetyCopy, type AutoBackupResult } from './auto-backup';
export { manualBackupName, autoBackupName, formatDateTime } from './file-names';
export type { BackupProgress, ProgressListener } from './progress';
export { upgradeTables, SCHEMA_STORES } from './upgrade';
