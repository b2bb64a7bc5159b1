// Transitional: main.tsx (not edited on this branch) still imports from here. The service that hands the
// platform to the backup core is app/auto-backup.ts; once main.tsx imports it from there, delete this file.
export { runAutomaticBackupIfDue, type AutoBackupResult } from '../../app/auto-backup';
