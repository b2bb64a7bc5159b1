import { describe, expect, it } from 'vitest';
import type { CellTable } from './cells';
import {
  PLATFORM_COLUMNS,
  PLATFORM_MAPPING,
  fieldForHeader,
  findHeaderRow,
  isPlatformHeader,
  mappingFromProfile,
  mappingProblem,
  profileFromMapping,
  suggestMapping,
} from './fields';

const SCHOOL_HEADER = ['Фамилия', 'Имя', 'Отчество', 'Дата рождения', 'Класс', 'Школа'];
const DATA = [
  ['Иванов', 'Иван', 'Иванович', '01.02.2012', '8Б', 'СОШ № 1'],
  ['Петрова', 'Анна', '', '03.04.2012', '8 А', 'СОШ № 1'],
];

function withTitleRows(n: number, header: string[]): CellTable {
  const titles: CellTable = [];
  for (let i = 0; i < n; i++) titles.push(i % 2 === 0 ? [`Список обучающихся, часть ${i}`] : [null, null]);
  return [...titles, header, ...DATA];
}

describe('header row detection', () => {
  it.each([0, 1, 2, 3, 4, 5])('finds the header below %i title rows', (n) => {
    expect(findHeaderRow(withTitleRows(n, SCHOOL_HEADER))).toBe(n);
  });

  it.each([0, 1, 2, 3, 4, 5])('finds the platform header below %i title rows', (n) => {
    const table = withTitleRows(n, [...PLATFORM_COLUMNS]);
    expect(findHeaderRow(table)).toBe(n);
    expect(isPlatformHeader(table[n]!)).toBe(true);
  });

  it('does not take a title that mentions a column name for the header', () => {
    const table: CellTable = [['ФИО и класс участников пробы'], ['Школа'], SCHOOL_HEADER, ...DATA];
    expect(findHeaderRow(table)).toBe(2);
  });

  it('accepts a list whose only known column is the ФИО', () => {
    expect(findHeaderRow([['Список 8А'], ['№', 'ФИО', 'Примечание'], ['1', 'Иванов Иван', '']])).toBe(1);
  });

  it('returns null when nothing looks like a header', () => {
    expect(
      findHeaderRow([
        ['Номер', 'Предмет'],
        ['1', 'Математика'],
      ]),
    ).toBeNull();
    expect(findHeaderRow([])).toBeNull();
  });
});

describe('column mapping', () => {
  it('suggests fields from header names in any order and naming', () => {
    expect(suggestMapping(['Школа', 'Класс', 'Фамилия', 'Имя', 'Отчество', 'Дата рождения'])).toEqual({
      school: 0,
      classFull: 1,
      lastName: 2,
      firstName: 3,
      middleName: 4,
      birthDate: 5,
    });
    expect(suggestMapping(['Ф.И.О. обучающегося', 'Дата рожд.', 'ОО', 'Пол', 'ID'])).toEqual({
      fio: 0,
      birthDate: 1,
      school: 2,
      sex: 3,
      platformId: 4,
    });
    expect(fieldForHeader('Фамилия, имя, отчество')).toBe('fio');
  });

  it('maps the platform export by position, repeated headers included', () => {
    const header = [...PLATFORM_COLUMNS];
    expect(suggestMapping(header)).toEqual(PLATFORM_MAPPING);
    // A renamed column in another year still counts as the platform export.
    const renamed: string[] = [...header];
    renamed[9] = 'Статус авторизации';
    expect(isPlatformHeader(renamed)).toBe(true);
    expect(isPlatformHeader(SCHOOL_HEADER)).toBe(false);
  });

  it('saves a mapping as a profile and applies it to a reordered file', () => {
    const header = ['Фам.', 'Имя', 'Д/р'];
    const profile = profileFromMapping(header, { lastName: 0, firstName: 1, birthDate: 2 });
    expect(profile).toEqual({ lastName: 'Фам.', firstName: 'Имя', birthDate: 'Д/р' });
    expect(mappingFromProfile(['Д/р', 'ФАМ', 'имя'], profile)).toEqual({
      birthDate: 0,
      lastName: 1,
      firstName: 2,
    });
    const platform = profileFromMapping([...PLATFORM_COLUMNS], { fio: 4, nosology: 27 });
    expect(platform).toEqual({ fio: 'ФИО', nosology: '#27' });
  });

  it('requires a ФИО column', () => {
    expect(mappingProblem({ birthDate: 0 })).toBe('participants.noFioColumn');
    expect(mappingProblem({ fio: 0 })).toBeNull();
    expect(mappingProblem({ lastName: 0, firstName: 1 })).toBeNull();
    expect(mappingProblem({ lastName: 0 })).not.toBeNull();
  });
});
