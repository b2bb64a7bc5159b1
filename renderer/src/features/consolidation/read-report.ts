import { isRuleError } from '@shared/errors';
import type { CellTable } from '@shared/import/cells';
import { sheetBoundsProblem } from '@shared/import/sheet-bounds';
import type { FileOutcome } from '@shared/consolidation/consolidate';
import { parseReportFile } from '@shared/consolidation/report-file';
import { openXlsx, XlsxDamagedError } from '../../lib/xlsx-read';

/**
 * Reads one report file into what a consolidation takes (`parseReportFile`), or the reason it cannot: a
 * damaged file, a sheet whose declared size would make the loader never finish (checked on the XML first, as
 * the import does), or not a ПрофПроба report. Never throws for a bad file: the reason is the outcome.
 */
export async function readReportFile(bytes: Uint8Array, file: string): Promise<FileOutcome> {
  const damaged: FileOutcome = { file, ok: false, code: 'consolidation.damaged', params: {} };
  const sheets = new Map<string, CellTable>();
  try {
    const book = await openXlsx(bytes);
    for (const xml of await book.worksheetXml()) {
      const problem = sheetBoundsProblem(xml);
      if (problem) return { file, ok: false, code: 'consolidation.tooLarge', params: { ref: problem.ref } };
    }
    // Every sheet, hidden ones too, the first of a name winning.
    for (const sheet of book.sheets)
      if (!sheets.has(sheet.name)) sheets.set(sheet.name, await book.readSheet(sheet));
  } catch (error) {
    if (error instanceof XlsxDamagedError) return damaged;
    throw error;
  }
  try {
    return { file, ok: true, report: parseReportFile(file, sheets) };
  } catch (error) {
    if (isRuleError(error) && error.code.startsWith('consolidation.'))
      return { file, ok: false, code: error.code as `consolidation.${string}`, params: error.params };
    throw error;
  }
}
