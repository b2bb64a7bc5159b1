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

  it('refuses bad values with Russian messages per field', () => {
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
    expect(byField.fullName).toBe('Укажите полное наименование площадки');
    expect(byField.inn).toBe('ИНН: 10 или 12 цифр');
    expect(byField.ogrn).toBe('ОГРН: только цифры');
    expect(byField.coordinatorEmail).toBe('Адрес почты вида name@example.ru');
    expect(byField.certificatePrefix).toBe('Префикс: заглавные буквы и цифры, без пробелов и дефисов');
  });

  it('refuses an unknown venue kind', () => {
    const result = venueFormSchema.safeParse({ ...valid, kind: 'castle' });
    expect(issuesByField(result.error!).kind).toBe('Выберите тип площадки');
  });
});
