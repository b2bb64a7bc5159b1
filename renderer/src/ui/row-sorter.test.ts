import { describe, expect, it, vi } from 'vitest';
import { RowSorter } from './row-sorter';

interface Row {
  id: string;
  name: string | null;
  n: number | null;
}

const rows: Row[] = [
  { id: '1', name: 'Ёлкин', n: 3 },
  { id: '2', name: 'Борисов', n: null },
  { id: '3', name: 'Елизаров', n: 10 },
  { id: '4', name: null, n: 2 },
  { id: '5', name: 'абрамов', n: 3 },
];
const ids = (xs: readonly Row[]) => xs.map((r) => r.id);
const key = (r: Row) => r.id;

describe('RowSorter', () => {
  it('sorts strings the Russian way (ё with е, any case), numbers numerically, nulls last both ways', () => {
    const sorter = new RowSorter<Row>();
    expect(ids(sorter.sort(rows, key, 'name', (r) => r.name, 'asc'))).toEqual(['5', '2', '3', '1', '4']);
    expect(ids(sorter.sort(rows, key, 'name', (r) => r.name, 'desc'))).toEqual(['1', '3', '2', '5', '4']);
    expect(ids(new RowSorter<Row>().sort(rows, key, 'n', (r) => r.n, 'asc'))).toEqual([
      '4',
      '1',
      '5',
      '3',
      '2',
    ]);
  });

  it('gives the same order as a fresh sort after the list was filtered, widened or edited', () => {
    const sorter = new RowSorter<Row>();
    const byName = (xs: readonly Row[]) => sorter.sort(xs, key, 'name', (r) => r.name, 'asc');
    const fresh = (xs: readonly Row[]) =>
      ids(new RowSorter<Row>().sort(xs, key, 'name', (r) => r.name, 'asc'));
    byName(rows);
    const filtered = rows.filter((r) => r.id !== '3');
    expect(ids(byName(filtered))).toEqual(fresh(filtered));
    const widened = [...rows, { id: '6', name: 'Аистов', n: 1 }];
    expect(ids(byName(widened))).toEqual(fresh(widened));
    // An edit moves a row: the remembered position is only a starting point.
    const edited = widened.map((r) => (r.id === '1' ? { ...r, name: 'Яковлев' } : r));
    expect(ids(byName(edited))).toEqual(fresh(edited));
    expect(ids(byName(edited)).at(-2)).toBe('1');
  });

  it('loses no row when two rows share a key', () => {
    const twins = [...rows, { id: '2', name: 'Борисова', n: 1 }];
    const sorter = new RowSorter<Row>();
    sorter.sort(twins, key, 'name', (r) => r.name, 'asc');
    expect(sorter.sort(twins, key, 'name', (r) => r.name, 'asc')).toHaveLength(6);
  });

  it('narrows without comparing: the rows of the last sort with their values come back in its order', () => {
    const sorter = new RowSorter<Row>();
    const name = (r: Row) => r.name;
    const all = sorter.sort(rows, key, 'name', name, 'asc');
    const fresh = (xs: readonly Row[]) => ids(new RowSorter<Row>().sort(xs, key, 'name', name, 'asc'));
    const sorts = vi.spyOn(Array.prototype, 'sort');
    try {
      // A filter keeps a part of the rows, in any order: the same order as a fresh sort, without sorting.
      const part = [rows[4]!, rows[0]!, rows[3]!];
      const narrowed = ids(sorter.sort(part, key, 'name', name, 'asc'));
      expect(sorts).not.toHaveBeenCalled();
      expect(narrowed).toEqual(fresh(part));
      sorts.mockClear();
      // Widened back to every row after a narrowing: still the whole order.
      expect(ids(sorter.sort([...rows].reverse(), key, 'name', name, 'asc'))).toEqual(ids(all));
      expect(sorts).not.toHaveBeenCalled();
      // A row whose value changed while the filter was on is sorted again, not left where it was.
      const edited = part.map((r) => (r.id === '5' ? { ...r, name: 'Яковлев' } : r));
      expect(ids(sorter.sort(edited, key, 'name', name, 'asc'))).toEqual(fresh(edited));
      expect(ids(sorter.sort(edited, key, 'name', name, 'asc')).at(-2)).toBe('5');
    } finally {
      sorts.mockRestore();
    }
  });

  it('shows a part of a list that was already in order as it is, when told the list it was filtered from', () => {
    const name = (r: Row) => r.name;
    const inOrder = new RowSorter<Row>().sort(rows, key, 'name', name, 'asc');
    const sorter = new RowSorter<Row>();
    // The list as read, already in the table's order: sorted once, found in order.
    expect(sorter.sort(inOrder, key, 'name', name, 'asc', inOrder)).toEqual(inOrder);
    const part = inOrder.filter((_, i) => i % 2 === 0);
    const sorts = vi.spyOn(Array.prototype, 'sort');
    const lookups = vi.spyOn(Map.prototype, 'get');
    try {
      // The very array given, with nothing sorted or looked up.
      expect(sorter.sort(part, key, 'name', name, 'asc', inOrder)).toBe(part);
      expect(sorts).not.toHaveBeenCalled();
      expect(lookups).not.toHaveBeenCalled();
    } finally {
      sorts.mockRestore();
      lookups.mockRestore();
    }
    // Another direction is another sort: the part is put in that order (the null still last).
    const desc = ids(new RowSorter<Row>().sort(part, key, 'name', name, 'desc'));
    expect(ids(sorter.sort(part, key, 'name', name, 'desc', inOrder))).toEqual(desc);
    expect(desc).not.toEqual(ids(part));
  });

  it('sorts a part as usual when the list it came from was not in order, or is another list', () => {
    const name = (r: Row) => r.name;
    const fresh = (xs: readonly Row[]) => ids(new RowSorter<Row>().sort(xs, key, 'name', name, 'asc'));
    const sorter = new RowSorter<Row>();
    // Read in another order (as stored): the table sorted it, so its parts are not in order as they come.
    sorter.sort(rows, key, 'name', name, 'asc', rows);
    const part = [rows[4]!, rows[0]!, rows[2]!];
    expect(ids(sorter.sort(part, key, 'name', name, 'asc', rows))).toEqual(fresh(part));
    // A list in order, but not the one the table sorted last: the part is sorted too.
    const other = new RowSorter<Row>().sort(rows, key, 'name', name, 'asc');
    const reversed = [other[3]!, other[1]!];
    expect(ids(sorter.sort(reversed, key, 'name', name, 'asc', other))).toEqual(fresh(reversed));
  });

  it('narrows without comparing also when the same records come as new objects (read again)', () => {
    const sorter = new RowSorter<Row>();
    const name = (r: Row) => r.name;
    sorter.sort(rows, key, 'name', name, 'asc');
    const fresh = (xs: readonly Row[]) => ids(new RowSorter<Row>().sort(xs, key, 'name', name, 'asc'));
    const copies = [rows[3]!, rows[0]!, rows[1]!].map((r) => ({ ...r }));
    const sorts = vi.spyOn(Array.prototype, 'sort');
    try {
      const narrowed = sorter.sort(copies, key, 'name', name, 'asc');
      expect(sorts).not.toHaveBeenCalled();
      expect(ids(narrowed)).toEqual(fresh(copies));
      // The objects given, not the remembered ones.
      expect(narrowed.every((r) => copies.includes(r))).toBe(true);
    } finally {
      sorts.mockRestore();
    }
  });

  it('sorts a row given twice rather than taking it for a part of the last sort', () => {
    const sorter = new RowSorter<Row>();
    const name = (r: Row) => r.name;
    sorter.sort(rows, key, 'name', name, 'asc');
    expect(ids(sorter.sort([rows[2]!, rows[1]!, rows[2]!], key, 'name', name, 'asc'))).toEqual([
      '2',
      '3',
      '3',
    ]);
  });
});
