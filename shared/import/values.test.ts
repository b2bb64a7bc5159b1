import { describe, expect, it } from 'vitest';
import {
  parseBirthDate,
  parseClass,
  parseClassLetter,
  parseDateCell,
  parseFioCell,
  parseGrade,
  parseSex,
  parseVerification,
  parseYesNo,
  splitMulti,
  splitMultiDates,
  cleanNamePart,
} from './values';
import { cellText, columnLetter } from './cells';

describe('class strings', () => {
  it.each([
    ['8Б', 8, 'Б'],
    ['8 Б', 8, 'Б'],
    ['8-б', 8, 'Б'],
    ['8', 8, ''],
    ['11 «А»', 11, 'А'],
    ['8 "в"', 8, 'В'],
    ['9 класс', 9, ''],
    ['10А класс', 10, 'А'],
    ['8B', 8, 'В'],
    ['  6г ', 6, 'Г'],
    ['7/А', 7, 'А'],
  ])('%s → %i%s', (text, grade, letter) => {
    expect(parseClass(text)).toEqual({ value: { grade, letter } });
  });

  it('reads numbers and refuses grades outside 1–11 and nonsense', () => {
    expect(parseClass(9)).toEqual({ value: { grade: 9, letter: '' } });
    expect(parseClass('12Б')).toEqual({
      error: { code: 'participants.cellGradeRange', params: { grade: 12 } },
    });
    expect(parseClass('0')).toEqual({ error: { code: 'participants.cellGradeRange', params: { grade: 0 } } });
    expect(parseClass('восьмой')).toMatchObject({
      error: { code: 'participants.cellClassUnreadable', params: { text: 'восьмой' } },
    });
    expect(parseClass('')).toBeNull();
    expect(parseClass(null)).toBeNull();
    expect(parseGrade(8)).toEqual({ value: 8 });
    expect(parseGrade('15')).toEqual({
      error: { code: 'participants.cellGradeRange', params: { grade: 15 } },
    });
    expect(parseClassLetter('г')).toEqual({ value: 'Г' });
    expect(parseClassLetter('AB')).toMatchObject({ error: { code: 'participants.cellLetterNotOne' } });
  });
});

describe('dates', () => {
  it.each([
    ['21.02.2011', '2011-02-21'],
    ['1.2.2011', '2011-02-01'],
    ['21/02/2011', '2011-02-21'],
    ['21-02-2011', '2011-02-21'],
    ['2011-02-21', '2011-02-21'],
    ['21.02.2011 0:00:00', '2011-02-21'],
    [' 29.02.2012 ', '2012-02-29'],
  ])('text %s', (text, iso) => {
    expect(parseDateCell(text)).toEqual({ value: iso });
  });

  it('reads real spreadsheet dates and serial numbers', () => {
    expect(parseDateCell({ date: '2012-03-08' })).toEqual({ value: '2012-03-08' });
    expect(parseDateCell(40960)).toEqual({ value: '2012-02-21' });
    expect(parseDateCell('40960')).toEqual({ value: '2012-02-21' });
  });

  it('refuses impossible dates instead of guessing', () => {
    expect(parseDateCell('31.02.2012')).toEqual({
      error: { code: 'participants.cellDateImpossible', params: { text: '31.02.2012' } },
    });
    expect(parseDateCell('29.02.2011')).toEqual({
      error: { code: 'participants.cellDateImpossible', params: { text: '29.02.2011' } },
    });
    expect(parseDateCell('12.13.2012')).toEqual({
      error: { code: 'participants.cellDateImpossible', params: { text: '12.13.2012' } },
    });
    expect(parseDateCell('вчера')).toMatchObject({ error: { code: 'participants.cellDateUnreadable' } });
    expect(parseDateCell(8)).toMatchObject({ error: { code: 'participants.cellNotDate' } });
    expect(parseDateCell('')).toBeNull();
  });

  it('refuses birth dates in the future', () => {
    expect(parseBirthDate('01.01.2030', '2026-11-24')).toEqual({
      error: { code: 'participants.cellBirthFuture', params: { date: '01.01.2030' } },
    });
    expect(parseBirthDate('01.01.2012', '2026-11-24')).toEqual({ value: '2012-01-01' });
  });
});

describe('sex, yes/no, verification', () => {
  it.each([
    ['М', 'M'],
    ['м', 'M'],
    ['мужской', 'M'],
    ['Муж.', 'M'],
    ['Ж', 'F'],
    ['женский', 'F'],
    ['ЖЕН', 'F'],
  ] as const)('%s → %s', (text, sex) => {
    expect(parseSex(text)).toEqual({ value: sex });
  });
  it('reports the unknown', () => {
    expect(parseSex('x')).toEqual({ error: { code: 'participants.cellSex', params: { text: 'x' } } });
    expect(parseSex('')).toBeNull();
    expect(parseYesNo('да')).toEqual({ value: true });
    expect(parseYesNo('Нет')).toEqual({ value: false });
    expect(parseYesNo('')).toBeNull();
    expect(parseYesNo('может быть')).toMatchObject({ error: { code: 'participants.cellYesNo' } });
    expect(parseVerification('Верифицирован')).toEqual({ value: 'verified' });
    expect(parseVerification('Не верифицирован')).toEqual({ value: 'unverified' });
  });
});

describe('ФИО in one cell', () => {
  it.each([
    ['Волков Кирилл Александрович', 'Волков', 'Кирилл', 'Александрович'],
    ['ИВАНОВА-ПЕТРОВА  АННА', 'Иванова-Петрова', 'Анна', ''],
    ['  семёнов   пётр ', 'Семёнов', 'Пётр', ''],
    ['Мамедов Руслан Эльдар оглы', 'Мамедов', 'Руслан', 'Эльдар оглы'],
    ['Салтыков-Щедрин\u00a0Михаил Евграфович', 'Салтыков-Щедрин', 'Михаил', 'Евграфович'],
  ])('%s', (text, lastName, firstName, middleName) => {
    expect(parseFioCell(text)).toEqual({ value: { lastName, firstName, middleName } });
  });
  it('refuses a single word or digits', () => {
    expect(parseFioCell('Иванов')).toMatchObject({ error: { code: 'participants.cellFioShort' } });
    expect(parseFioCell('Иванов 8Б')).toMatchObject({ error: { code: 'participants.cellFioDigits' } });
    expect(parseFioCell(null)).toBeNull();
  });
  it('cleans separate name parts', () => {
    expect(cleanNamePart('  ИВАНОВА-ПЕТРОВА ')).toBe('Иванова-Петрова');
    expect(cleanNamePart('эльдар ОГЛЫ')).toBe('Эльдар оглы');
    expect(cleanNamePart('МакКензи')).toBe('МакКензи');
  });
});

describe('multi-values and cells', () => {
  it('splits comma-separated names and dates; counts may differ', () => {
    expect(splitMulti('Оператор лазерного станка, Оператор станков с ЧПУ')).toEqual([
      'Оператор лазерного станка',
      'Оператор станков с ЧПУ',
    ]);
    expect(splitMulti('')).toEqual([]);
    expect(splitMultiDates('01.10.2026, 02.10.2026')).toEqual({
      dates: ['2026-10-01', '2026-10-02'],
      errors: [],
    });
    expect(splitMultiDates({ date: '2026-10-01' })).toEqual({ dates: ['2026-10-01'], errors: [] });
    expect(splitMultiDates('01.10.2026, 31.09.2026').errors).toEqual([
      { code: 'participants.cellDateImpossible', params: { text: '31.09.2026' } },
    ]);
  });
  it('shows cells as text and names columns', () => {
    expect(cellText({ date: '2012-03-08' })).toBe('08.03.2012');
    expect(cellText('  a\u00a0 b ')).toBe('a b');
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(25)).toBe('Z');
    expect(columnLetter(26)).toBe('AA');
    expect(columnLetter(44)).toBe('AS');
  });
});
