import { ruCollator } from '@shared/text/collation';

export type SortValue = string | number | null;
export type SortDirection = 'asc' | 'desc';

/** Strings the Russian way, numbers as numbers; null is never "less": it goes last in both directions. */
function compareValues(a: SortValue, b: SortValue, factor: number): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return (a - b) * factor;
  return ruCollator.compare(String(a), String(b)) * factor;
}

interface Keyed<T> {
  row: T;
  value: SortValue;
  key: string;
}

/**
 * Sorts a table's rows and remembers the order it produced. The next sort by the same column lays the rows out
 * in that order first, so after a filter keystroke or an edit the input is already (nearly) sorted and V8's
 * TimSort needs about one comparison per row instead of n·log n collator calls: 20 000 participants re-sort in
 * milliseconds while someone types. The result is the same either way; only the work differs. Each value is
 * read once per sort, not once per comparison. Rows with equal values keep the order they had before.
 */
export class RowSorter<T> {
  private last: { sort: string; position: Map<string, number> } | null = null;

  sort(
    rows: readonly T[],
    rowKey: (row: T) => string,
    columnId: string,
    value: (row: T) => SortValue,
    direction: SortDirection,
  ): T[] {
    const sort = `${columnId}:${direction}`;
    const keyed: Keyed<T>[] = rows.map((row) => ({ row, value: value(row), key: rowKey(row) }));
    const items = this.last?.sort === sort ? presorted(keyed, this.last.position) : keyed;
    const factor = direction === 'asc' ? 1 : -1;
    items.sort((a, b) => compareValues(a.value, b.value, factor));
    this.last = { sort, position: new Map(items.map((item, i) => [item.key, i])) };
    return items.map((item) => item.row);
  }
}

/** The rows in their previous order (in one pass), those not seen before after them in input order. */
function presorted<T>(keyed: Keyed<T>[], position: Map<string, number>): Keyed<T>[] {
  const slots: (Keyed<T> | undefined)[] = [];
  const rest: Keyed<T>[] = [];
  for (const item of keyed) {
    const at = position.get(item.key);
    if (at === undefined || slots[at] !== undefined) rest.push(item);
    else slots[at] = item;
  }
  const out: Keyed<T>[] = [];
  for (const item of slots) if (item !== undefined) out.push(item);
  for (const item of rest) out.push(item);
  return out;
}
