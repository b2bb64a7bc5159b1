import { describe, expect, it } from 'vitest';
import { compareRu, formatNumber, sortByRu } from './collation';
import { fioKey, joinFio, parseFio, searchWordsFor, shortFio } from './fio';
import { matchesQuery, normalizeKey, queryMatcher } from './normalize';

describe('ФИО normalisation', () => {
  it('ignores case, extra spaces and ё/е', () => {
    const a = fioKey({ lastName: 'Семёнов', firstName: 'Пётр', middleName: 'Алексеевич' });
    const b = normalizeKey('  СЕМЕНОВ   петр\u00a0алексеевич ');
    expect(a).toBe('семенов петр алексеевич');
    expect(b).toBe(a);
  });

  it('splits a one-cell ФИО: hyphenated surnames, missing patronymic, upper case, extra words', () => {
    expect(parseFio('ИВАНОВА-ПЕТРОВА  анна')).toEqual({
      lastName: 'Иванова-Петрова',
      firstName: 'Анна',
      middleName: '',
    });
    expect(parseFio('Мамедов Руслан Эльдар оглы')).toEqual({
      lastName: 'Мамедов',
      firstName: 'Руслан',
      middleName: 'Эльдар оглы',
    });
    expect(parseFio('  Ёжиков   Фёдор  Ильич ')).toEqual({
      lastName: 'Ёжиков',
      firstName: 'Фёдор',
      middleName: 'Ильич',
    });
    expect(parseFio('Одинслово')).toBeNull();
    expect(parseFio('')).toBeNull();
  });

  it('joins and shortens', () => {
    const p = { lastName: 'Иванов', firstName: 'Иван', middleName: 'Иванович' };
    expect(joinFio(p)).toBe('Иванов Иван Иванович');
    expect(shortFio(p)).toBe('Иванов\u00a0И.\u00a0И.');
    expect(shortFio({ ...p, middleName: '' })).toBe('Иванов\u00a0И.');
  });

  it('indexes the words of the ФИО and the platform id', () => {
    expect(searchWordsFor({ lastName: 'Ёлкина', firstName: 'Анна', middleName: '' }, 'ID-77')).toEqual([
      'елкина',
      'анна',
      'id-77',
    ]);
  });

  it('matches queries word by word by prefix', () => {
    expect(matchesQuery('семенов петр алексеевич', normalizeKey('Сем пёт'))).toBe(true);
    expect(matchesQuery('семенов петр алексеевич', 'иван')).toBe(false);
    expect(matchesQuery('семенов петр', '')).toBe(true);
    const words = ['семенов', 'петр', 'id-77'];
    expect(queryMatcher(normalizeKey('ПЁТ семен'))(words)).toBe(true);
    expect(queryMatcher('петр иван')(words)).toBe(false);
    expect(queryMatcher('сем')([])).toBe(false);
    expect(queryMatcher('')([])).toBe(true);
  });
});

describe('Russian collation and numbers', () => {
  it('sorts ё with е and numbers numerically', () => {
    expect(sortByRu(['Ёжиков', 'Жуков', 'Егоров', 'Ершов'], (s) => s)).toEqual([
      'Егоров',
      'Ёжиков',
      'Ершов',
      'Жуков',
    ]);
    expect(sortByRu(['10А', '8Б', '9В'], (s) => s)).toEqual(['8Б', '9В', '10А']);
    expect(compareRu('ель', 'Ёль')).toBe(0);
  });

  it('formats thousands with a narrow space (plurals live in the locale files, as i18next plurals)', () => {
    expect(formatNumber(1203)).toMatch(/^1\s203$/u);
  });
});
