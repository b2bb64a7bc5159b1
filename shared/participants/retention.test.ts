import { describe, expect, it } from 'vitest';
import {
  clampRetentionYears,
  isConsentLapsed,
  isPastRetention,
  reminderMonth,
  retentionEndDay,
  RETENTION_YEARS_DEFAULT,
} from './retention';

describe('retention term', () => {
  it('ends the same calendar day years after the last trial', () => {
    expect(retentionEndDay('2023-05-14', 3)).toBe('2026-05-14');
    expect(retentionEndDay('2024-02-29', 1)).toBe('2025-03-01');
    expect(retentionEndDay('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('keeps the term within the allowed range', () => {
    expect(clampRetentionYears(0)).toBe(1);
    expect(clampRetentionYears(9)).toBe(5);
    expect(clampRetentionYears(Number.NaN)).toBe(RETENTION_YEARS_DEFAULT);
    expect(retentionEndDay('2020-01-10', 40)).toBe('2025-01-10');
  });

  it('is past the term from the end day on, counting from the record when there was no trial', () => {
    const pupil = { lastTrial: '2023-05-14', createdOn: '2022-09-01', anonymized: false };
    expect(isPastRetention(pupil, 3, '2026-05-13')).toBe(false);
    expect(isPastRetention(pupil, 3, '2026-05-14')).toBe(true);
    expect(isPastRetention({ ...pupil, lastTrial: null }, 3, '2025-09-01')).toBe(true);
    expect(isPastRetention({ ...pupil, lastTrial: null }, 3, '2025-08-31')).toBe(false);
    expect(isPastRetention({ ...pupil, anonymized: true }, 3, '2030-01-01')).toBe(false);
  });

  it('lists consents past validUntil unless withdrawn', () => {
    expect(isConsentLapsed({ validUntil: '2026-01-01', withdrawnOn: null }, '2026-01-02')).toBe(true);
    expect(isConsentLapsed({ validUntil: '2026-01-02', withdrawnOn: null }, '2026-01-02')).toBe(false);
    expect(isConsentLapsed({ validUntil: null, withdrawnOn: null }, '2030-01-02')).toBe(false);
    expect(isConsentLapsed({ validUntil: '2026-01-01', withdrawnOn: '2025-06-01' }, '2026-01-02')).toBe(
      false,
    );
  });

  it('names the month a reminder is dismissed for', () => {
    expect(reminderMonth('2026-12-04')).toBe('2026-12');
  });
});
