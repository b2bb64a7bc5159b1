import type ExcelJSType from 'exceljs';
import { isIsoDate } from '@shared/dates';

type ExcelJS = typeof ExcelJSType;
export type Workbook = ExcelJSType.Workbook;
export type Worksheet = ExcelJSType.Worksheet;

let loaded: Promise<ExcelJS> | null = null;

/** ExcelJS (~1 MB) is loaded on first use only. */
export function loadExcelJS(): Promise<ExcelJS> {
  loaded ??= import('exceljs').then(
    (m) => (m as unknown as { default?: ExcelJS }).default ?? (m as unknown as ExcelJS),
  );
  return loaded;
}

export type CellKind = 'text' | 'number' | 'date';

export interface SheetColumn {
  header: string;
  kind: CellKind;
  /** Width in characters. */
  width?: number;
}

export type CellValue = string | number | null;

/** An ISO date as the Excel date of that calendar day (UTC midnight: spreadsheet dates have no zone). */
export function isoToExcelDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * Adds a table sheet: header in row 1 (bold, frozen, filter), text cells always stored as shared-string text
 * cells, never as formulas (so `=HYPERLINK(…)` from an imported name is shown, not run), ISO dates as real dates shown ДД.ММ.ГГГГ, numbers as
 * numbers. An optional last row (e.g. «Итого») is written in bold.
 */
export function addTableSheet(
  workbook: Workbook,
  name: string,
  columns: readonly SheetColumn[],
  rows: readonly (readonly CellValue[])[],
  totalRow?: readonly CellValue[],
): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width ?? Math.max(10, Math.min(60, c.header.length + 2)),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { vertical: 'middle', wrapText: true };
  const write = (values: readonly CellValue[], bold: boolean) => {
    const row = sheet.addRow([]);
    values.forEach((value, i) => {
      const cell = row.getCell(i + 1);
      const kind = columns[i]?.kind ?? 'text';
      if (value === null || value === '') {
        cell.value = null;
      } else if (kind === 'number' && typeof value === 'number') {
        cell.value = value;
      } else if (kind === 'date' && typeof value === 'string' && isIsoDate(value)) {
        cell.value = isoToExcelDate(value);
        cell.numFmt = 'DD.MM.YYYY';
      } else {
        const text = String(value);
        cell.value = text;
      }
    });
    if (bold) row.font = { bold: true };
  };
  for (const r of rows) write(r, false);
  if (totalRow) write(totalRow, true);
  if (columns.length > 0)
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

export async function newWorkbook(): Promise<Workbook> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ПрофПроба';
  wb.created = new Date();
  return wb;
}

export async function workbookToBytes(workbook: Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
