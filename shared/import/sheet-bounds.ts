/**
 * A workbook's sheet is checked on its XML text before the workbook is loaded: the loader (ExcelJS) builds
 * a cell object for every cell of a merged range and every row up to the last declared one, so a merge over
 * the whole sheet (`A1:XFD1048576`) or a lone cell in row 1 048 576 would make the load never finish.
 * A participant list is far smaller than these limits.
 */
export const SHEET_MAX_ROWS = 200_000;
export const SHEET_MAX_COLUMNS = 1_000;
/** Cells covered by all the merges of a sheet together. */
export const SHEET_MAX_MERGED_CELLS = 100_000;

export interface SheetBoundsProblem {
  /** The reference that breaks a limit, as the file writes it («A1:XFD1048576»). */
  ref: string;
}

interface Address {
  row: number;
  column: number;
}

/** «XFD1048576» → row 1048576, column 16384; «$B$3» too. Null when it is not a cell address. */
function parseAddress(text: string): Address | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text.trim());
  if (!m) return null;
  let column = 0;
  for (const ch of m[1]!.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}

function parseRange(ref: string): { from: Address; to: Address } | null {
  const [a, b] = ref.split(':');
  const from = a ? parseAddress(a) : null;
  const to = b ? parseAddress(b) : from;
  return from && to ? { from, to } : null;
}

const outside = (a: Address) => a.row > SHEET_MAX_ROWS || a.column > SHEET_MAX_COLUMNS;

/**
 * The first reference in a worksheet's XML that exceeds the limits: the declared dimension, a merge, a
 * row number or a cell address; or null when the sheet is within them.
 */
export function sheetBoundsProblem(xml: string): SheetBoundsProblem | null {
  for (const m of xml.matchAll(/<(?:\w+:)?dimension\b[^>]*\bref="([^"]*)"/g)) {
    const range = parseRange(m[1]!);
    if (range && (outside(range.from) || outside(range.to))) return { ref: m[1]! };
  }
  let merged = 0;
  for (const m of xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*\bref="([^"]*)"/g)) {
    const range = parseRange(m[1]!);
    if (!range) continue;
    if (outside(range.from) || outside(range.to)) return { ref: m[1]! };
    const rows = Math.abs(range.to.row - range.from.row) + 1;
    const columns = Math.abs(range.to.column - range.from.column) + 1;
    merged += rows * columns;
    if (merged > SHEET_MAX_MERGED_CELLS) return { ref: m[1]! };
  }
  for (const m of xml.matchAll(/<(?:\w+:)?row\b[^>]*\br="(\d+)"/g)) {
    if (Number(m[1]) > SHEET_MAX_ROWS) return { ref: m[1]! };
  }
  for (const m of xml.matchAll(/<(?:\w+:)?c\b[^>]*\br="([A-Za-z$]+\$?\d+)"/g)) {
    const a = parseAddress(m[1]!);
    if (a && outside(a)) return { ref: m[1]! };
  }
  return null;
}
