import { describe, expect, it } from 'vitest';
import { LARGE_VENUE, SMALL_VENUE, buildLargeVenue } from './large-venue';

describe('benchmark dataset', () => {
  it('small variant has the requested shape and consistent references', () => {
    const d = buildLargeVenue(SMALL_VENUE);
    expect(d.participants).toHaveLength(400);
    expect(d.schools).toHaveLength(6);
    expect(d.programs).toHaveLength(10);
    expect(d.sessions).toHaveLength(60);
    expect(d.attendance).toHaveLength(60 * 20);
    expect(d.certificates.length).toBe(300);
    const ids = new Set(d.participants.map((p) => p.id));
    expect(d.attendance.every((m) => ids.has(m.participantId))).toBe(true);
    expect(new Set(d.certificates.map((c) => c.number)).size).toBe(d.certificates.length);
  });

  it('full size matches the issue: 20 000 / 60 / 100 / 3 000 / 60 000 / 15 000', () => {
    const d = buildLargeVenue(LARGE_VENUE);
    expect(d.participants).toHaveLength(20_000);
    expect(d.schools).toHaveLength(60);
    expect(d.programs).toHaveLength(100);
    expect(d.sessions).toHaveLength(3_000);
    expect(d.attendance).toHaveLength(60_000);
    expect(d.certificates).toHaveLength(15_000);
  });
});
