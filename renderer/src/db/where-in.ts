import type { IndexableType, Table } from 'dexie';

/**
 * The rows whose `index` holds any of `keys`, for a single-valued index (a multi-entry index would return
 * a row once per matching key). One `getAll` per distinct key, all in flight at once: Dexie's `anyOf` walks
 * one cursor with a round trip per row instead, which the benchmark measured in Chromium at 3.3 s against
 * 0.18 s for the 19 000 marks of a quarter's 319 groups. Rows come grouped by key, in the order of `keys`.
 */
export async function whereIn<T, K, I>(
  table: Table<T, K, I>,
  index: string,
  keys: Iterable<IndexableType>,
): Promise<T[]> {
  const distinct = [...new Set(keys)];
  const parts = await Promise.all(distinct.map((key) => table.where(index).equals(key).toArray()));
  return parts.flat();
}
