import { describe, expect, it } from 'vitest';
import { issuesByField } from './common';
import { EMPTY_VENUE_FORM, venueFormSchema } from './venue-schema';

const valid = {
  ...EMPTY_VENUE_FORM,
  fullName: 'МБУ ДО «ЦДТТ»',
  shortName: 'ЦДТТ',
  directorName: 'Иванова Мария Петровна',
  inn: '3700000000',
  ogrn: '1023700000000',
  oktmo: '24701000',
  certificatePrefix: 'ЦДТТ',
};

describe('venue profile schema', () => {
  it('accepts a complete profile and trims text', () => {
    const result = venueFormSchema.safeParse({ ...valid, shortName: '  ЦДТТ  ' });
    expect(result.success).toBe(true);
    expect(result.data?.shortName).toBe('ЦДТТ');
  });

  it('accepts empty optional codes', () => {
    expect(venueFormSchema.safeParse({ ...valid, inn: '', ogrn: '', oktmo: '' }).success).toBe(true);
  });

  it('refuses bad values with a code per field (the words: renderer/src/i18n/test-words.test.ts)', () => {
    const result = venueFormSchema.safeParse({
      ...valid,
      fullName: ' ',
      inn: '12345',
      ogrn: '12ab',
      coordinatorEmail: 'почта',
      certificatePrefix: 'пп-1',
    });
    expect(result.success).toBe(false);
    const byField = issuesByField(result.error!);
    expect(byField.fullName).toBe('common.venueFullNameRequired');
    expect(byField.inn).toBe('common.innLength');
    expect(byField.ogrn).toBe('common.ogrnDigits');
    expect(byField.coordinatorEmail).toBe('common.email');
    expect(byField.certificatePrefix).toBe('common.certificatePrefixFormat');
  });

  it('refuses an unknown venue kind', () => {
    const result = venueFormSchema.safeParse({ ...valid, kind: 'castle' });
    expect(issuesByField(result.error!).kind).toBe('common.venueKindRequired');
  });
});
