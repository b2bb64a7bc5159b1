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
  private last: { sort: string; position: Map<string, Remembered> } | null = null;

  sort(
    rows: readonly T[],
    rowKey: (row: T) => string,
    columnId: string,
    value: (row: T) => SortValue,
    direction: SortDirection,
  ): T[] {
    const sort = `${columnId}:${direction}`;
    const keyed: Keyed<T>[] = rows.map((row) => ({ row, value: value(row), key: rowKey(row) }));
    if (this.last?.sort === sort) {
      const { items, changed } = presorted(keyed, this.last.position);
      // Only rows of the last sort, with the values they had (a filter keystroke): a part of a sorted list is
      // sorted, so there is nothing to compare. The remembered order stays: it still holds every row shown.
      if (!changed) return items.map((item) => item.row);
      return this.sortAndRemember(items, sort, direction);
    }
    return this.sortAndRemember(keyed, sort, direction);
  }

  private sortAndRemember(items: Keyed<T>[], sort: string, direction: SortDirection): T[] {
    const factor = direction === 'asc' ? 1 : -1;
    items.sort((a, b) => compareValues(a.value, b.value, factor));
    this.last = { sort, position: new Map(items.map((item, i) => [item.key, { at: i, value: item.value }])) };
    return items.map((item) => item.row);
  }
}

interface Remembered {
  at: number;
  value: SortValue;
}

/**
 * The rows in their previous order (in one pass), those not seen before after them in input order; `changed`
 * when a row is new, repeats a key or has another value than when it was sorted.
 */
function presorted<T>(
  keyed: Keyed<T>[],
  position: Map<string, Remembered>,
): { items: Keyed<T>[]; changed: boolean } {
  const slots: (Keyed<T> | undefined)[] = [];
  const rest: Keyed<T>[] = [];
  let changed = false;
  for (const item of keyed) {
    const seen = position.get(item.key);
    if (seen === undefined || slots[seen.at] !== undefined) rest.push(item);
    else {
      slots[seen.at] = item;
      if (seen.value !== item.value) changed = true;
    }
  }
  const items: Keyed<T>[] = [];
  for (const item of slots) if (item !== undefined) items.push(item);
  for (const item of rest) items.push(item);
  return { items, changed: changed || rest.length > 0 };
}
