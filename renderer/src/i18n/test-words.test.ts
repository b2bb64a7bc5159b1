import { describe, expect, it } from 'vitest';
import { RuleError, codedMessage } from '@shared/errors';
import { issuesByField } from '@shared/schemas/common';
import { venueFormSchema, EMPTY_VENUE_FORM } from '@shared/schemas/venue-schema';
import { programFormSchema } from '@shared/programs/program-schema';
import { AUDIT_SUMMARY_CODES } from '@shared/domain';
import settingsRu from '../features/settings/locales/ru.json';
import settingsEn from '../features/settings/locales/en.json';
import { wordsOf } from './test-words';

describe('the words of codes', () => {
  it('a rule error, with its parameters, in both languages', () => {
    expect(wordsOf(new RuleError('settings.backupSchemaUnknown', { version: 9 }))).toBe(
      'Схема данных 9 этой версии ПрофПробы неизвестна: восстановить копию нельзя.',
    );
    expect(wordsOf(new RuleError('settings.backupSchemaUnknown', { version: 9 }), {}, 'en')).toMatch(
      /schema 9/,
    );
  });

  it('a zod message with parameters', () => {
    expect(wordsOf(codedMessage('common.tooLong', { max: 12 }))).toBe('Не длиннее 12 символов');
    expect(wordsOf(codedMessage('common.tooLong', { max: 12 }), {}, 'en')).toBe('At most 12 characters');
  });

  it('refuses a code without words, so a test cannot pass on a missing text', () => {
    expect(() => wordsOf(new RuleError('common.noSuchCode'))).toThrow(/no ru words/);
    expect(() => wordsOf('Просто фраза')).toThrow();
  });

  it('the venue form says what it said before the messages became codes', () => {
    const result = venueFormSchema.safeParse({
      ...EMPTY_VENUE_FORM,
      fullName: ' ',
      shortName: 'ЦДТТ',
      directorName: 'Иванова Мария Петровна',
      inn: '12345',
      ogrn: '12ab',
      coordinatorEmail: 'почта',
      certificatePrefix: 'пп-1',
      kind: 'castle',
    });
    const byField = issuesByField(result.error!);
    expect(wordsOf(byField.fullName)).toBe('Укажите полное наименование площадки');
    expect(wordsOf(byField.inn)).toBe('ИНН: 10 или 12 цифр');
    expect(wordsOf(byField.ogrn)).toBe('ОГРН: только цифры');
    expect(wordsOf(byField.coordinatorEmail)).toBe('Адрес почты вида name@example.ru');
    expect(wordsOf(byField.certificatePrefix)).toBe(
      'Префикс: заглавные буквы и цифры, без пробелов и дефисов',
    );
    expect(wordsOf(byField.kind)).toBe('Выберите тип площадки');
    expect(wordsOf(byField.inn, {}, 'en')).toBe('INN: 10 or 12 digits');
  });

  it('the programme form too', () => {
    const result = programFormSchema.safeParse({ title: '', profession: 'x'.repeat(201) });
    const byField = issuesByField(result.error!);
    expect(wordsOf(byField.title)).toBe('Укажите название программы');
    expect(wordsOf(byField.profession)).toBe('Не длиннее 200 символов');
  });
});

describe('the audit journal', () => {
  it('every summary code has words in both languages', () => {
    const ru = settingsRu.audit.summaries as Record<string, string>;
    const en = settingsEn.audit.summaries as Record<string, string>;
    for (const code of AUDIT_SUMMARY_CODES) {
      expect(ru[code] ?? ru[`${code}_other`], `ru ${code}`).toBeTypeOf('string');
      expect(en[code] ?? en[`${code}_other`], `en ${code}`).toBeTypeOf('string');
    }
  });
});
