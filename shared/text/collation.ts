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

/**
 * Russian plural: `plural(5, ['участник', 'участника', 'участников'])` → «участников».
 */
export function plural(n: number, forms: readonly [one: string, few: string, many: string]): string {
  const rule = new Intl.PluralRules('ru-RU').select(n);
  if (rule === 'one') return forms[0];
  if (rule === 'few') return forms[1];
  return forms[2];
}

/** «5 участников», with the number formatted. */
export function countLabel(n: number, forms: readonly [string, string, string]): string {
  return `${formatNumber(n)} ${plural(n, forms)}`;
}

/** Wraps a value in Russian quotation marks «ёлочки». */
export function quoteRu(text: string): string {
  return `«${text}»`;
}
