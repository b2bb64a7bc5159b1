import Papa from 'papaparse';
import { formatDate } from '../dates';
import { guardCsvText } from '../export/formula-guard';
import { isDateCell, type ReportCell, type ReportColumn, type ReportTable } from './report-table';

/** Excel opens a `;`-separated UTF-8 file correctly only with the byte-order mark. */
export const CSV_BOM = '\uFEFF';

function csvCell(cell: ReportCell, column: ReportColumn | undefined): string {
  if (cell === null) return '';
  if (isDateCell(cell)) return formatDate(cell.date);
  if (typeof cell === 'number') return String(cell);
  if (column?.kind === 'date') return formatDate(cell);
  return guardCsvText(cell);
}

/**
 * A table as CSV text the way Russian Excel reads it: `;` between cells, CRLF between rows, UTF-8 with BOM,
 * dates ДД.ММ.ГГГГ, every text cell through the formula guard, and a cell quoted when it holds `;`, quotes
 * or a line break (quotes doubled).
 */
export function tableToCsv(table: ReportTable): string {
  const rows = [
    table.columns.map((c) => guardCsvText(c.header)),
    ...table.rows.map((r) => table.columns.map((c, i) => csvCell(r[i] ?? null, c))),
    ...(table.total ? [table.columns.map((c, i) => csvCell(table.total?.[i] ?? null, c))] : []),
  ];
  return CSV_BOM + Papa.unparse(rows, { delimiter: ';', newline: '\r\n', quotes: false, header: false });
}
