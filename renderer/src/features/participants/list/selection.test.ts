import { describe, expect, it } from 'vitest';
import { RowSelection } from './selection';

const order = ['a', 'b', 'c', 'd', 'e'];

describe('RowSelection', () => {
  it('toggles one row, and with Shift the range from the last clicked row in the shown order', () => {
    const s = new RowSelection();
    s.click('b', false, order);
    s.click('e', true, order);
    expect(s.keys().sort()).toEqual(['b', 'c', 'd', 'e']);
    // Shift-click upwards on a selected row clears the range down to it.
    s.click('d', false, order);
    s.click('c', true, ['e', 'd', 'c', 'b', 'a']);
    expect(s.keys().sort()).toEqual(['b', 'e']);
  });

  it('selects all shown, keeps only what is shown, and tells listeners', () => {
    const s = new RowSelection();
    let calls = 0;
    const stop = s.subscribe(() => (calls += 1));
    s.setAll(order, true);
    expect(s.size).toBe(5);
    s.keepOnly(new Set(['a', 'c']));
    expect(s.keys().sort()).toEqual(['a', 'c']);
    s.clear();
    expect(s.size).toBe(0);
    stop();
    s.setAll(order, true);
    expect(calls).toBe(3);
  });
});
