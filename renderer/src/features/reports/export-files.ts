import JSZip from 'jszip';
import { formatDate } from '@shared/dates';
import { safeFileName as sharedSafeFileName } from '@shared/export/file-name';
import { tableToCsv } from '@shared/reports/csv';
import type { ReportTable } from '@shared/reports/report-table';
import { writeTablesXlsx } from '../../lib/xlsx-write';

/** Excel's sheet-name rules: at most 31 characters, none of : \ / ? * [ ], unique ignoring case. */
export function sheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((raw) => {
    const base = (
      raw
        .replace(/[:\\/?*[\]]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim() || 'Лист'
    ).slice(0, 31);
    let name = base;
    for (let n = 2; used.has(name.toLocaleLowerCase('ru')); n++) {
      const suffix = ` (${n})`;
      name = base.slice(0, 31 - suffix.length) + suffix;
    }
    used.add(name.toLocaleLowerCase('ru'));
    return name;
  });
}

/** A CSV entry's name inside the zip: Windows-safe (`shared/export/file-name.ts`), at most 80 characters. */
export function safeFileName(name: string): string {
  return sharedSafeFileName(name, 'Таблица').slice(0, 80).trimEnd();
}

/**
 * The tables as one workbook, a sheet each, written by `writeTablesXlsx` (lib/xlsx-write.ts) with the look of
 * `addTableSheet`: header row frozen and bold, text as guarded text, ISO dates in date columns as real dates,
 * counts as numbers, bold «Итого»; a tagged date in a text column (the «Титул») is a real date too, and a count
 * in a text column (the journal's «Итого») a number.
 */
export async function tablesToXlsx(
  tables: readonly ReportTable[],
  options: {
    /** The venue's name for every printed page's footer (`getVenueName`). */
    venue?: string;
    onSheet?: (done: number) => Promise<void> | void;
  } = {},
): Promise<Uint8Array> {
  const names = sheetNames(tables.map((t) => t.name));
  return writeTablesXlsx(
    tables.map((table, i) => ({
      name: names[i]!,
      columns: table.columns,
      rows: table.rows,
      total: table.total,
    })),
    options,
  );
}

/** The tables as CSV files (`;`, UTF-8 with BOM) in one zip, named `<n> <sheet>.csv` in sheet order. */
export async function tablesToCsvZip(tables: readonly ReportTable[]): Promise<Uint8Array> {
  const zip = new JSZip();
  const names = sheetNames(tables.map((t) => t.name));
  tables.forEach((table, i) => {
    zip.file(`${i + 1} ${safeFileName(names[i]!)}.csv`, tableToCsv(table), { date: new Date() });
  });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

export function csvBytes(table: ReportTable): Uint8Array {
  return new TextEncoder().encode(tableToCsv(table));
}

/** «01.07.2026–30.09.2026» for file names and headings. */
export function periodText(period: { from: string; to: string }): string {
  return `${formatDate(period.from)}–${formatDate(period.to)}`;
}

export const ZIP_MIME = 'application/zip';
export const CSV_MIME = 'text/csv;charset=utf-8';
