import { describe, expect, it } from 'vitest';
import { isActiveSession, slotLabel, slotsOverlap } from './overlap';

const s = (date: string, start: string, end: string) => ({ date, start, end });

describe('slotsOverlap', () => {
  it('touching intervals do not overlap, in either order', () => {
    expect(slotsOverlap(s('2026-03-12', '15:00', '16:00'), s('2026-03-12', '16:00', '17:00'))).toBe(false);
    expect(slotsOverlap(s('2026-03-12', '16:00', '17:00'), s('2026-03-12', '15:00', '16:00'))).toBe(false);
  });
  it('a one-minute overlap counts', () => {
    expect(slotsOverlap(s('2026-03-12', '15:00', '16:01'), s('2026-03-12', '16:00', '17:00'))).toBe(true);
  });
  it('nested intervals overlap both ways', () => {
    const outer = s('2026-03-12', '14:00', '18:00');
    const inner = s('2026-03-12', '15:00', '16:00');
    expect(slotsOverlap(outer, inner)).toBe(true);
    expect(slotsOverlap(inner, outer)).toBe(true);
  });
  it('the same start overlaps, whatever the ends', () => {
    expect(slotsOverlap(s('2026-03-12', '15:00', '15:30'), s('2026-03-12', '15:00', '17:00'))).toBe(true);
  });
  it('identical intervals overlap', () => {
    expect(slotsOverlap(s('2026-03-12', '15:00', '16:30'), s('2026-03-12', '15:00', '16:30'))).toBe(true);
  });
  it('the same end overlaps', () => {
    expect(slotsOverlap(s('2026-03-12', '14:00', '16:30'), s('2026-03-12', '15:00', '16:30'))).toBe(true);
  });
  it('disjoint intervals do not overlap', () => {
    expect(slotsOverlap(s('2026-03-12', '09:00', '10:00'), s('2026-03-12', '11:00', '12:00'))).toBe(false);
  });
  it('the same times on different dates do not overlap', () => {
    expect(slotsOverlap(s('2026-03-12', '15:00', '16:00'), s('2026-03-13', '15:00', '16:00'))).toBe(false);
  });
  it('compares times as numbers, not strings (9:00 vs 10:00)', () => {
    expect(slotsOverlap(s('2026-03-12', '09:30', '10:30'), s('2026-03-12', '10:00', '11:00'))).toBe(true);
  });
});

describe('isActiveSession and slotLabel', () => {
  it('a cancelled session is not active', () => {
    expect(isActiveSession({ status: 'cancelled' })).toBe(false);
    expect(isActiveSession({ status: 'planned' })).toBe(true);
  });
  it('labels a slot as ДД.ММ.ГГГГ ЧЧ:ММ–ЧЧ:ММ', () => {
    expect(slotLabel(s('2026-03-12', '15:00', '16:30'))).toBe('12.03.2026 15:00–16:30');
  });
});
