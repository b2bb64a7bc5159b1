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

/** Character widths above this print on landscape A4; narrower tables stay portrait. */
export const LANDSCAPE_ABOVE_WIDTH = 95;

/** Excel's «Узкие» margins, in inches. */
export const NARROW_MARGINS = { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

/** A header/footer section's text: «&» starts a code there, so a literal one is doubled; Excel caps it at 255. */
export function footerText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 120).replace(/&/g, '&&');
}

/**
 * How a table sheet prints (an office prints reports to sign and stamp them): A4, landscape when the columns are
 * wider than a portrait page, fitted to one page wide and as many tall as needed, the header row repeated on
 * every page, narrow margins, and a footer with the venue on the left and «Стр. N из M» on the right.
 */
export function applyPrintLayout(sheet: Worksheet, totalWidth: number, venue: string): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9, // A4
    orientation: totalWidth > LANDSCAPE_ABOVE_WIDTH ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: NARROW_MARGINS,
    printTitlesRow: '1:1',
    horizontalCentered: false,
  };
  const left = venue.trim() ? `&L${footerText(venue)}` : '';
  sheet.headerFooter = { ...sheet.headerFooter, oddFooter: `${left}&RСтр. &P из &N` };
}

/**
 * Adds a table sheet: header in row 1 (bold, frozen, filter), text cells always stored as shared-string text
 * cells, never as formulas (so `=HYPERLINK(…)` from an imported name is shown, not run), ISO dates as real dates shown ДД.ММ.ГГГГ, numbers as
 * numbers. An optional last row (e.g. «Итого») is written in bold. Every sheet prints on A4 (`applyPrintLayout`,
 * with the venue given to `newWorkbook`).
 */
export function addTableSheet(
  workbook: Workbook,
  name: string,
  columns: readonly SheetColumn[],
  rows: readonly (readonly CellValue[])[],
  totalRow?: readonly CellValue[],
): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const widths = columns.map((c) => c.width ?? Math.max(10, Math.min(60, c.header.length + 2)));
  sheet.columns = columns.map((c, i) => ({ header: c.header, width: widths[i] }));
  applyPrintLayout(
    sheet,
    widths.reduce((a, b) => a + b, 0),
    workbook.company ?? '',
  );
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

/** A workbook; `venue` (the venue's name) is its company and every sheet's printed footer. */
export async function newWorkbook(options: { venue?: string } = {}): Promise<Workbook> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ПрофПроба';
  wb.company = options.venue?.trim() ?? '';
  wb.created = new Date();
  return wb;
}

export async function workbookToBytes(workbook: Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
