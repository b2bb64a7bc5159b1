import type ExcelJSType from 'exceljs';
import JSZip from 'jszip';
import { isRuleError } from '@shared/errors';
import type { Cell, CellTable } from '@shared/import/cells';
import { sheetBoundsProblem } from '@shared/import/sheet-bounds';
import type { FileOutcome } from '@shared/consolidation/consolidate';
import { parseReportFile } from '@shared/consolidation/report-file';
import { loadExcelJS } from '../../lib/xlsx';
import { toCell } from '../../lib/xlsx-cell';

function sheetTable(sheet: ExcelJSType.Worksheet): CellTable {
  const rows: CellTable = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(toCell(row.getCell(c).value));
    rows[number - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}

/**
 * Reads one report file into what a consolidation takes (`parseReportFile`), or the reason it cannot: a
 * damaged file, a sheet whose declared size would make the loader never finish (checked on the XML first, as
 * the import does), or not a ПрофПроба report. Never throws for a bad file: the reason is the outcome.
 */
export async function readReportFile(bytes: Uint8Array, file: string): Promise<FileOutcome> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { file, ok: false, code: 'consolidation.damaged', params: {} };
  }
  try {
    for (const entry of zip.file(/^xl\/worksheets\/[^/]+\.xml$/i)) {
      const problem = sheetBoundsProblem(await entry.async('string'));
      if (problem) return { file, ok: false, code: 'consolidation.tooLarge', params: { ref: problem.ref } };
    }
  } catch {
    return { file, ok: false, code: 'consolidation.damaged', params: {} };
  }
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  } catch {
    return { file, ok: false, code: 'consolidation.damaged', params: {} };
  }
  const sheets = new Map<string, CellTable>();
  for (const sheet of workbook.worksheets)
    if (!sheets.has(sheet.name)) sheets.set(sheet.name, sheetTable(sheet));
  try {
    return { file, ok: true, report: parseReportFile(file, sheets) };
  } catch (error) {
    if (isRuleError(error) && error.code.startsWith('consolidation.'))
      return { file, ok: false, code: error.code as `consolidation.${string}`, params: error.params };
    throw error;
  }
}
