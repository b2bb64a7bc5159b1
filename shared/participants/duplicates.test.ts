import { describe, expect, it } from 'vitest';
import { DuplicateIndex, duplicateKeysOf } from './duplicates';

const keys = (lastName: string, birthDate: string | null, platformId: string | null = null) =>
  duplicateKeysOf({ lastName, firstName: 'Анна', middleName: '', birthDate, platformId });

describe('DuplicateIndex', () => {
  it('finds by platform id, whatever the name and birth date', () => {
    const index = new DuplicateIndex<string>();
    index.add(keys('Иванова', '2011-03-04', 'P-1'), 'a');
    expect(index.find(keys('Петрова', null, ' p-1 '))).toBe('a');
    expect(index.has(keys('Петрова', null, 'P-2'))).toBe(false);
  });

  it('finds by ФИО (case, ё) and birth date, never by ФИО alone', () => {
    const index = new DuplicateIndex<string>();
    index.add(keys('Алёшина', '2011-03-04'), 'a');
    expect(index.find(keys('АЛЕШИНА', '2011-03-04'))).toBe('a');
    expect(index.has(keys('Алёшина', '2011-03-05'))).toBe(false);
    expect(index.has(keys('Алёшина', null))).toBe(false);
  });

  it('keeps the first entry under a key', () => {
    const index = new DuplicateIndex<string>();
    index.add(keys('Иванова', '2011-03-04', 'P-1'), 'first');
    index.add(keys('Иванова', '2011-03-04', 'P-1'), 'second');
    expect(index.find(keys('Иванова', '2011-03-04'))).toBe('first');
  });

  it('names a possible duplicate: the same ФИО where one side has no birth date', () => {
    const index = new DuplicateIndex<string>();
    index.add(keys('Иванова', null), 'a');
    expect(index.findPossible(keys('иванова', '2011-03-04'))).toBe('a');
    const dated = new DuplicateIndex<string>();
    dated.add(keys('Иванова', '2011-03-04'), 'b');
    expect(dated.findPossible(keys('Иванова', null))).toBe('b');
    expect(dated.findPossible(keys('Иванова', '2012-01-01'))).toBeUndefined();
    expect(dated.findPossible(keys('Петрова', null))).toBeUndefined();
  });
});
