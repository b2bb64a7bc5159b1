import { describe, expect, it } from 'vitest';
import { LARGE_VENUE, SMALL_VENUE, buildLargeVenue, scaledVenue } from './large-venue';

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

  it('grows pupils, sessions, marks and certificates alike: 2.5× is 50 000 pupils, 150 000 marks', () => {
    expect(scaledVenue(1)).toEqual(LARGE_VENUE);
    expect(scaledVenue(5)).toMatchObject({ participants: 100_000, sessions: 15_000, certificates: 75_000 });
    const d = buildLargeVenue(scaledVenue(2.5));
    expect(d.participants).toHaveLength(50_000);
    expect(d.sessions).toHaveLength(7_500);
    expect(d.groups).toHaveLength(2_500);
    expect(d.attendance).toHaveLength(150_000);
    expect(d.certificates).toHaveLength(37_500);
    // Every pupil is in exactly one group, as at 1×.
    expect(new Set(d.enrollments.map((e) => e.participantId)).size).toBe(50_000);
    expect(d.schools).toHaveLength(LARGE_VENUE.schools);
    // Building 50 000 pupils is seconds of work, more on a loaded machine: the default 20 s is not a measure here.
  }, 60_000);

  it('refuses a factor that is not a positive number', () => {
    expect(() => scaledVenue(0)).toThrow();
    expect(() => scaledVenue(Number.NaN)).toThrow();
  });
});
