import { describe, expect, it } from 'vitest';
import {
  autoBackupName,
  BACKUP_EXTENSION,
  beforeRestoreName,
  isAutoBackupName,
  localStamp,
  manualBackupName,
} from './file-names';

describe('backup file names', () => {
  const now = new Date(2026, 2, 5, 9, 7, 3);

  it('stamps local time so the names sort by date', () => {
    expect(localStamp(now)).toBe('2026-03-05-0907');
    expect(localStamp(now, true)).toBe('2026-03-05-090703');
  });

  it('names manual, automatic and before-restore copies', () => {
    expect(manualBackupName(now)).toBe('profproba-2026-03-05-0907.profproba-backup');
    expect(autoBackupName(now)).toBe('auto-2026-03-05-0907.profproba-backup');
    expect(beforeRestoreName(now)).toBe('before-restore-2026-03-05-090703.profproba-backup');
    expect(BACKUP_EXTENSION).toBe('.profproba-backup');
  });

  it('lets only automatic backups be pruned', () => {
    expect(isAutoBackupName(autoBackupName(now))).toBe(true);
    expect(isAutoBackupName(manualBackupName(now))).toBe(false);
    expect(isAutoBackupName(beforeRestoreName(now))).toBe(false);
    expect(isAutoBackupName('auto-notes.txt')).toBe(false);
  });
});
