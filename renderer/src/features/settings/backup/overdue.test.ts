import { describe, expect, it } from 'vitest';
import { isBackupOverdue } from './overdue';

describe('the web reminder', () => {
  const now = new Date('2026-11-24T09:00:00.000Z');
  it('is due when no backup was ever made or the last is older than 7 days', () => {
    expect(isBackupOverdue(null, now)).toBe(true);
    expect(isBackupOverdue('2026-11-17T08:59:00.000Z', now)).toBe(true);
    expect(isBackupOverdue('not a date', now)).toBe(true);
  });
  it('is quiet within 7 days', () => {
    expect(isBackupOverdue('2026-11-17T09:01:00.000Z', now)).toBe(false);
    expect(isBackupOverdue('2026-11-24T08:00:00.000Z', now)).toBe(false);
  });
});
