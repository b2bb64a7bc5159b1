import type { CellTable } from '@shared/import/cells';
import { sniffFile } from '@shared/import/errors';
import { RuleError } from '@shared/errors';
import { findHeaderRow, isPlatformHeader, suggestMapping, type ColumnMapping } from '@shared/import/fields';
import { sheetBoundsProblem } from '@shared/import/sheet-bounds';
import { parseCsv, type Delimiter, type TextEncoding } from '@shared/import/text-file';
import { openXlsx, XlsxDamagedError, type XlsxBook } from '../../../lib/xlsx-read';

/** A file read into a table, with what was recognised about it. */
export interface ReadResult {
  fileName: string;
  kind: 'xlsx' | 'csv';
  sheetName: string | null;
  /** Other sheets of the workbook, for the person to pick if the first is not the list. */
  sheetNames: string[];
  encoding: TextEncoding | null;
  delimiter: Delimiter | null;
  rows: CellTable;
  headerIndex: number;
  isPlatform: boolean;
  mapping: ColumnMapping;
}

/** What is being done while a file is read: the wizard names it in the interface's language. */
export type ReadPhase = 'file' | 'rows';

export type ProgressFn = (done: number, total: number, phase: ReadPhase) => void;

/**
 * Reads one visible sheet of a workbook (hidden sheets are not offered). Before the sheet is read, every
 * sheet's XML is checked for sizes no participant list has (a merge over the whole sheet, a cell in row
 * 1 048 576): reading them would build every cell of that range.
 */
async function readXlsx(
  bytes: Uint8Array,
  fileName: string,
  sheetIndex: number,
  progress: ProgressFn,
): Promise<{ rows: CellTable; sheetName: string; sheetNames: string[] }> {
  const broken = () => new RuleError('participants.fileBrokenXlsx', { file: fileName });
  let book: XlsxBook;
  try {
    book = await openXlsx(bytes);
    for (const xml of await book.worksheetXml()) {
      const problem = sheetBoundsProblem(xml);
      if (problem)
        throw new RuleError('participants.fileSheetTooLarge', { file: fileName, ref: problem.ref });
    }
  } catch (error) {
    if (error instanceof XlsxDamagedError) throw broken();
    throw error;
  }
  const sheets = book.sheets.filter((s) => s.state === 'visible');
  if (sheets.length === 0) throw new RuleError('participants.fileNoSheets', { file: fileName });
  const sheet = sheets[Math.min(sheetIndex, sheets.length - 1)]!;
  let rows: CellTable;
  try {
    rows = await book.readSheet(sheet, (done, total) => progress(done, total, 'rows'));
  } catch (error) {
    if (error instanceof XlsxDamagedError) throw broken();
    throw error;
  }
  while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c === null)) rows.pop();
  progress(rows.length, rows.length, 'rows');
  return { rows, sheetName: sheet.name, sheetNames: sheets.map((s) => s.name) };
}

/**
 * Reads an XLSX or CSV file into a table and recognises it: the format by its bytes, the encoding and
 * delimiter of a CSV, the header row, the platform export. Every failure is a RuleError whose parameters
 * name the file.
 */
export interface ReadOptions {
  sheetIndex?: number;
  encoding?: TextEncoding;
  delimiter?: Delimiter;
}

export async function readImportFile(
  bytes: Uint8Array,
  fileName: string,
  progress: ProgressFn = () => undefined,
  options: ReadOptions = {},
): Promise<ReadResult> {
  const kind = sniffFile(bytes, fileName);
  progress(0, 1, 'file');
  let rows: CellTable;
  let sheetName: string | null = null;
  let sheetNames: string[] = [];
  let encoding: TextEncoding | null = null;
  let delimiter: Delimiter | null = null;
  if (kind === 'xlsx') {
    ({ rows, sheetName, sheetNames } = await readXlsx(bytes, fileName, options.sheetIndex ?? 0, progress));
  } else {
    ({ rows, encoding, delimiter } = parseCsv(bytes, fileName, options));
    progress(rows.length, rows.length, 'rows');
  }
  if (rows.every((r) => r.every((c) => c === null)))
    throw sheetName
      ? new RuleError('participants.sheetEmpty', { file: fileName, sheet: sheetName })
      : new RuleError('participants.fileEmpty', { file: fileName });
  const found = findHeaderRow(rows);
  // After a manual encoding or delimiter choice the person must see what it gives, even garbled text.
  const forced = options.encoding !== undefined || options.delimiter !== undefined;
  const headerIndex = found ?? (forced ? 0 : null);
  if (headerIndex === null)
    throw sheetName
      ? new RuleError('participants.sheetNoColumns', { file: fileName, sheet: sheetName })
      : new RuleError('participants.fileNoColumns', { file: fileName });
  const header = rows[headerIndex]!;
  return {
    fileName,
    kind,
    sheetName,
    sheetNames,
    encoding,
    delimiter,
    rows,
    headerIndex,
    isPlatform: isPlatformHeader(header),
    mapping: suggestMapping(header),
  };
}
