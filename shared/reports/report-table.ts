import type { IsoDate } from '../domain';

/** How a column's cells are written: text (always as text, formula-guarded), a count, or a calendar date. */
export type ReportColumnKind = 'text' | 'number' | 'date';

export interface ReportColumn {
  header: string;
  kind: ReportColumnKind;
  /** Width in characters in the XLSX sheet. */
  width?: number;
  /** False for a number column whose sum means nothing (a capacity): its «Итого» cell stays empty. */
  summed?: boolean;
}

/** A date inside a column that is not a date column (the «Значение» column of the «Титул»). */
export interface ReportDateCell {
  date: IsoDate;
}

/** A cell: text, a number, an ISO date (in a date column) or a tagged date anywhere; null is empty. */
export type ReportCell = string | number | null | ReportDateCell;

/**
 * One table of an export: the sheet of an XLSX file or one CSV file. The header is row 1; `total` is the
 * final «Итого» row, written in bold.
 */
export interface ReportTable {
  name: string;
  columns: ReportColumn[];
  rows: ReportCell[][];
  total: ReportCell[] | null;
}

export function isDateCell(cell: ReportCell): cell is ReportDateCell {
  return typeof cell === 'object' && cell !== null;
}

export const TOTAL_LABEL = 'Итого';

/** Column sums of the count columns; text columns and unsummed ones stay empty, the first cell says «Итого». */
export function totalRow(columns: readonly ReportColumn[], rows: readonly ReportCell[][]): ReportCell[] {
  return columns.map((c, i) => {
    if (i === 0) return TOTAL_LABEL;
    if (c.kind !== 'number' || c.summed === false) return null;
    return rows.reduce<number>((sum, r) => sum + (typeof r[i] === 'number' ? (r[i] as number) : 0), 0);
  });
}
