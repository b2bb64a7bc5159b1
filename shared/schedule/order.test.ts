import { describe, expect, it } from 'vitest';
import { compareSessionsByTime } from './order';

describe('session order', () => {
  it('sorts by date, then start time, then id', () => {
    const rows = [
      { id: 'c', date: '2026-12-02', start: '09:00' },
      { id: 'b', date: '2026-12-01', start: '15:00' },
      { id: 'a', date: '2026-12-01', start: '15:00' },
      { id: 'd', date: '2026-12-01', start: '09:30' },
    ];
    expect([...rows].sort(compareSessionsByTime).map((r) => r.id)).toEqual(['d', 'a', 'b', 'c']);
  });

  it('treats sessions without ids at the same time as equal', () => {
    expect(
      compareSessionsByTime({ date: '2026-12-01', start: '10:00' }, { date: '2026-12-01', start: '10:00' }),
    ).toBe(0);
  });
});
