import { describe, expect, it } from 'vitest';
import { CERTIFICATE_FULL_NAME_YEARS, initialsOf, registerReductionDay } from './register-retention';

describe('the certificate register after anonymisation', () => {
  it('keeps the full name for the stated term after the issue date', () => {
    expect(CERTIFICATE_FULL_NAME_YEARS).toBe(1);
    expect(registerReductionDay('2026-03-14')).toBe('2027-03-14');
  });

  it('reduces a name to initials, once', () => {
    expect(initialsOf('Ёлкина Анна Петровна')).toBe('Ё. А. П.');
    expect(initialsOf('ёлкина  анна')).toBe('Ё. А.');
    expect(initialsOf('Ё. А. П.')).toBe('Ё. А. П.');
  });
});
