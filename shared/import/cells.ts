import type { IsoDate } from '../domain/common';
import { formatDate } from '../dates';

/**
 * One cell of an imported table, as it crosses from the parsing worker: text, a number, a real spreadsheet
 * date (already a calendar date, no time zone), or nothing.
 */
export type Cell = string | number | { date: IsoDate } | null;

/** A whole sheet or CSV file: rows of cells, row 0 is the file's first row. */
export type CellTable = Cell[][];

export function isDateCell(cell: Cell): cell is { date: IsoDate } {
  return typeof cell === 'object' && cell !== null && 'date' in cell;
}

/** The cell as a person would read it: trimmed text, numbers without exponent, dates ДД.ММ.ГГГГ. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(cell);
  if (isDateCell(cell)) return formatDate(cell.date);
  return cell.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();
}

export function isEmptyRow(row: readonly Cell[] | undefined): boolean {
  return !row || row.every((c) => cellText(c) === '');
}

/** Excel column letters for a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
