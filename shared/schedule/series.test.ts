import { describe, expect, it } from 'vitest';
import { generateSeries, seriesSessions, seriesWeekdays, SERIES_MAX_COUNT } from './series';

// 2026-03-03 is a Tuesday.
const TUESDAYS = { from: '2026-03-03', weekdays: [2], count: 4, start: '15:00', end: '16:30' };

describe('generateSeries', () => {
  it('«по вторникам 15:00–16:30, 4 занятия» gives four Tuesdays', () => {
    expect(seriesSessions(TUESDAYS).map((d) => d.date)).toEqual([
      '2026-03-03',
      '2026-03-10',
      '2026-03-17',
      '2026-03-24',
    ]);
    expect(seriesSessions(TUESDAYS).every((d) => d.start === '15:00' && d.end === '16:30')).toBe(true);
  });
  it('starts at the first chosen weekday on or after the start date', () => {
    const dates = seriesSessions({ ...TUESDAYS, from: '2026-03-04', count: 2 }).map((d) => d.date);
    expect(dates).toEqual(['2026-03-10', '2026-03-17']);
  });
  it('several weekdays interleave in date order', () => {
    const dates = seriesSessions({ ...TUESDAYS, weekdays: [4, 2], count: 4 }).map((d) => d.date);
    expect(dates).toEqual(['2026-03-03', '2026-03-05', '2026-03-10', '2026-03-12']);
  });
  it('unticked dates are skipped, kept in the list as skipped, and the series runs on to keep the count', () => {
    const all = generateSeries({ ...TUESDAYS, skipped: ['2026-03-10'] });
    expect(all.map((d) => [d.date, d.skipped])).toEqual([
      ['2026-03-03', false],
      ['2026-03-10', true],
      ['2026-03-17', false],
      ['2026-03-24', false],
      ['2026-03-31', false],
    ]);
    expect(seriesSessions({ ...TUESDAYS, skipped: new Set(['2026-03-10']) })).toHaveLength(4);
  });
  it('a skipped date that is not on a chosen weekday changes nothing', () => {
    expect(seriesSessions({ ...TUESDAYS, skipped: ['2026-03-04'] })).toHaveLength(4);
  });
  it('crosses month and year boundaries on local dates', () => {
    const dates = seriesSessions({ ...TUESDAYS, from: '2026-12-29', count: 2 }).map((d) => d.date);
    expect(dates).toEqual(['2026-12-29', '2027-01-05']);
  });
  it('Sunday is weekday 7', () => {
    expect(seriesSessions({ ...TUESDAYS, weekdays: [7], count: 1 })[0]?.date).toBe('2026-03-08');
  });
  it('nothing without weekdays or with a zero count; invalid weekdays are ignored', () => {
    expect(generateSeries({ ...TUESDAYS, weekdays: [] })).toEqual([]);
    expect(generateSeries({ ...TUESDAYS, count: 0 })).toEqual([]);
    expect(generateSeries({ ...TUESDAYS, weekdays: [0, 8] })).toEqual([]);
  });
  it('caps the count so a typo cannot create thousands of sessions', () => {
    expect(seriesSessions({ ...TUESDAYS, weekdays: [1, 2, 3, 4, 5], count: 10_000 })).toHaveLength(
      SERIES_MAX_COUNT,
    );
  });
  it('stops within a year even if every date is skipped', () => {
    const skipped = Array.from({ length: 60 }, (_, i) => {
      const d = new Date(2026, 2, 3 + i * 7);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const all = generateSeries({ ...TUESDAYS, skipped });
    expect(all.every((d) => d.skipped)).toBe(true);
    expect(all.length).toBeLessThanOrEqual(53);
  });
});

describe('seriesWeekdays', () => {
  it('names each weekday once, Monday first, and drops what is not a weekday', () => {
    expect(seriesWeekdays([5, 1, 3, 1, 0, 8])).toEqual([1, 3, 5]);
  });
});
