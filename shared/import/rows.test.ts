import { describe, expect, it } from 'vitest';
import type { CellTable } from './cells';
import { buildImportRows } from './rows';

const TODAY = '2026-11-24';
const HEADER = ['ФИО', 'Дата рождения', 'Класс', 'Школа'];

function rowNumbers(table: CellTable): number[] {
  return buildImportRows(table, 0, { fio: 0, birthDate: 1, grade: 2, school: 3 }, TODAY).map(
    (r) => r.rowNumber,
  );
}

describe('rows skipped below the header', () => {
  it('a repeated header counts only its filled cells, in any spelling of the header (case, ё, punctuation)', () => {
    expect(
      rowNumbers([
        HEADER,
        ['Иванов Иван', '01.02.2012', '8', 'СОШ 1'],
        ['фио', null, 'КЛАСС.', ''], // a partial repeat of the header: skipped
        ['  Дата рождения', 'Дата рождения', '', ''], // a header word in another column: a data row (refused later)
        [null, null, null, 'Школа', 'лишний столбец'], // a filled cell past the header: a data row
        ['Петров Пётр', '02.03.2012', '9', 'Класс'],
      ]),
    ).toEqual([2, 4, 5, 6]);
  });

  it('an «Итого»/«Всего» row is known by its first filled cell, not by a word further on', () => {
    expect(
      rowNumbers([
        HEADER,
        ['Иванов Иван', '01.02.2012', '8', 'Итого'],
        [null, '', 'ВСЕГО: 2'],
        ['Итоговая Анна', '03.04.2012', '8', ''],
        [' итого', 5],
      ]),
    ).toEqual([2, 4]);
  });
});
