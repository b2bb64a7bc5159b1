import type ExcelJSType from 'exceljs';
import { spreadsheetDateToIso } from '@shared/dates';
import type { Cell } from '@shared/import/cells';

// One reading of an ExcelJS cell for every file the app reads (school lists, platform exports, venue reports
// for the Свод), so a rich-text, formula or date cell means the same in each.

function richText(value: { richText: { text: string }[] }): string {
  return value.richText.map((r) => r.text).join('');
}

/** An ExcelJS cell value as a plain cell: formulas give their result, rich text its text, dates a date. */
export function toCell(value: ExcelJSType.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'да' : 'нет';
  if (value instanceof Date) {
    const iso = spreadsheetDateToIso(value);
    return iso ? { date: iso } : null;
  }
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return richText(value);
    if ('result' in value) return toCell((value.result ?? null) as ExcelJSType.CellValue);
    if ('formula' in value || 'sharedFormula' in value) return null;
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return null;
  }
  return String(value);
}
