/**
 * Formula-injection guard for every text cell written to XLSX or CSV. A value starting with `=`, `+`, `-`,
 * `@`, a tab or a carriage return could be run as a formula by Excel; it gets a leading apostrophe in CSV
 * (Excel's own "this is text" marker). XLSX writers store every string as a text cell, never as a formula
 * (`renderer/src/lib/xlsx.ts`; its test checks the written cell has no formula).
 */
const DANGEROUS_START = /^[=+\-@\t\r]/;

export function isFormulaLike(value: string): boolean {
  return DANGEROUS_START.test(value);
}

/** The text as it must be written into a CSV cell. */
export function guardCsvText(value: string): string {
  return isFormulaLike(value) ? `'${value}` : value;
}
