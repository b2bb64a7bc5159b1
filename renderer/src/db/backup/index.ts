export { createBackup, readAllTables, type BackupResult } from './export-backup';
export {
  openBackup,
  openBackupFile,
  checkBackup,
  decodeBackup,
  replaceDatabase,
  countTables,
  totalRecords,
  type OpenedBackup,
  type DecodedBackup,
} from './restore-backup';
export {
  runAutomaticBackup,
  saveSafetyCopy,
  type AutoBackupResult,
  type BackupPlatform,
} from './auto-backup-core';
export { type BackupProgress, type ProgressListener } from './progress';
export { upgradeTables, SCHEMA_STORES } from './upgrade';
export {
  backupLock,
  backupUnlock,
  setVenueBackupPassword,
  venuePasswordKey,
  MIN_VENUE_PASSWORD_LENGTH,
  type KeyPlatform,
} from './backup-keys';
