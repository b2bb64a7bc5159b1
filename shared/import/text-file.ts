import Papa from 'papaparse';
import type { CellTable } from './cells';
import { RuleError } from '../errors';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'windows-1251';

export type Delimiter = ';' | ',' | '\t';

/**
 * CSV from Russian Excel is Windows-1251 unless saved as «CSV UTF-8» (with a BOM) or exported by another
 * program (UTF-8 without BOM); «Текст Юникод» is UTF-16 LE. Valid UTF-8 is decoded as UTF-8: Cyrillic
 * Windows-1251 text is practically never valid UTF-8.
 */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1251';
  }
}

export function decodeText(bytes: Uint8Array, encoding: TextEncoding): string {
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  // TextDecoder drops a UTF-8 or UTF-16 BOM by itself.
  return new TextDecoder(label).decode(bytes);
}

const CANDIDATES: readonly Delimiter[] = [';', '\t', ','];

/** Counts of a delimiter per line, outside quotes. */
function countsPerLine(lines: readonly string[], delimiter: string): number[] {
  return lines.map((line) => {
    let inQuotes = false;
    let n = 0;
    for (const ch of line) {
      if (ch === '"') inQuotes = !inQuotes;
      else if (ch === delimiter && !inQuotes) n += 1;
    }
    return n;
  });
}

/**
 * Picks the delimiter that splits the first lines most consistently: the most lines with the same non-zero
 * count wins; a tie goes to `;` (Russian Excel), then tab, then comma (commas also appear inside values).
 */
export function detectDelimiter(text: string): Delimiter {
  const lines = text
    .split(/\r\n|\n|\r/)
    .filter((l) => l.trim() !== '')
    .slice(0, 30);
  let best: Delimiter = ';';
  let bestScore = -1;
  for (const d of CANDIDATES) {
    const counts = countsPerLine(lines, d).filter((n) => n > 0);
    if (counts.length === 0) continue;
    const freq = new Map<number, number>();
    for (const n of counts) freq.set(n, (freq.get(n) ?? 0) + 1);
    const [mode, modeLines] = [...freq.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
    // Lines agreeing on one count matter most; more columns break a tie.
    const score = modeLines * 1000 + mode;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

export interface CsvResult {
  encoding: TextEncoding;
  delimiter: Delimiter;
  rows: CellTable;
}

/** Decodes and splits a CSV file; cells stay text (a date or class is parsed later, per column). */
export function parseCsv(
  bytes: Uint8Array,
  fileName: string,
  forced: { encoding?: TextEncoding; delimiter?: Delimiter } = {},
): CsvResult {
  // The person may correct a wrong guess in the wizard; then their choice wins.
  const encoding = forced.encoding ?? detectEncoding(bytes);
  const text = decodeText(bytes, encoding);
  if (text.trim() === '') throw new RuleError('participants.fileNoLines', { file: fileName });
  if (text.slice(0, 4000).includes(String.fromCharCode(0)))
    throw new RuleError('participants.fileBinary', { file: fileName });
  const delimiter = forced.delimiter ?? detectDelimiter(text);
  const result = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const rows: CellTable = result.data.map((r) => r.map((c) => (c === '' ? null : c)));
  while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c === null)) rows.pop();
  return { encoding, delimiter, rows };
}
