import { describe, expect, it } from 'vitest';
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
const ids = (xs: Row[]) => xs.map((r) => r.id);
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
});
