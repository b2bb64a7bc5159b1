import { describe, expect, it } from 'vitest';
import {
  autoBackupName,
  backupsToPrune,
  isAppWrittenBackupName,
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

describe('pruning the backups folder', () => {
  const now = new Date(2026, 11, 4, 12, 0);
  const files = [
    'auto-2026-12-01-0900.profproba-backup',
    'auto-2026-12-02-0900.profproba-backup',
    'auto-2026-12-03-0900.profproba-backup',
    'before-restore-2026-10-01-101010.profproba-backup',
    'before-restore-2026-11-20-101010.profproba-backup',
    'before-restore-2026-11-25-101010.profproba-backup',
    'profproba-2026-01-01-0900.profproba-backup',
    'перед-обновлением.profproba-backup',
  ];

  it('keeps the newest N automatic copies and the safety copies of the last N days', () => {
    expect(backupsToPrune(files, { keep: 2, keepDays: 10, now }).sort()).toEqual([
      'auto-2026-12-01-0900.profproba-backup',
      'before-restore-2026-10-01-101010.profproba-backup',
      'before-restore-2026-11-20-101010.profproba-backup',
    ]);
  });

  it('always keeps the newest safety copy and never touches hand-saved files', () => {
    const old = [
      'before-restore-2020-01-01-000000.profproba-backup',
      'profproba-2020-01-01-0900.profproba-backup',
    ];
    expect(backupsToPrune(old, { keep: 1, keepDays: 1, now })).toEqual([]);
    expect(isAppWrittenBackupName('profproba-2020-01-01-0900.profproba-backup')).toBe(false);
    expect(isAppWrittenBackupName(old[0]!)).toBe(true);
  });

  it('prunes the copies made before an import by age too, keeping the newest of each kind', () => {
    const now = new Date(2026, 11, 4, 12, 0, 0);
    const files = [
      'before-import-2026-10-01-101010.profproba-backup',
      'before-import-2026-11-01-101010.profproba-backup',
      'before-restore-2026-10-01-101010.profproba-backup',
    ];
    // The newest before-import copy and the only before-restore copy stay, however old.
    expect(backupsToPrune(files, { keep: 1, keepDays: 10, now })).toEqual([
      'before-import-2026-10-01-101010.profproba-backup',
    ]);
    expect(isAppWrittenBackupName(files[0]!)).toBe(true);
  });
});
