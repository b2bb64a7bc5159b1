/**
 * Russian ordering: `Intl.Collator('ru')` puts ё with е and compares case-insensitively at the base level;
 * `numeric` makes «8Б» come before «10А».
 */
export const ruCollator = new Intl.Collator('ru', { sensitivity: 'base', numeric: true });

export function compareRu(a: string, b: string): number {
  return ruCollator.compare(a, b);
}

export function sortByRu<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => ruCollator.compare(key(a), key(b)));
}

/** Numbers with a thin (narrow no-break) space between thousands: 1 203. */
const numberFormat = new Intl.NumberFormat('ru-RU');
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** Wraps a value in Russian quotation marks «ёлочки». */
export function quoteRu(text: string): string {
  return `«${text}»`;
}
