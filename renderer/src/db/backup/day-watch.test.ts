import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Consent } from '@shared/domain';
import { todayIso } from '@shared/dates';
import { freshDbFactory } from '../testing/test-db';
import { loadDemoVenue } from '../repos/demo-repo';
import { runPrivacyChores } from '../repos/privacy-repo';
import { getParticipant, listParticipants } from '../queries/participants';
import { DAY_WATCH_EVERY_MS, watchCalendarDay } from './day-watch';

const freshDb = freshDbFactory('day-watch');

// Only the clock and the interval are faked: fake-indexeddb schedules its own work with real timers.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  vi.setSystemTime(new Date(2026, 10, 23, 23, 58));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the calendar-day watch', () => {
  it('runs once when the day moves, not before, and again the next day', async () => {
    vi.setSystemTime(new Date(2026, 10, 23, 23, 54));
    const days: string[] = [];
    const watch = watchCalendarDay(async (now) => {
      days.push(todayIso(now));
    });
    vi.advanceTimersByTime(DAY_WATCH_EVERY_MS);
    await watch.idle();
    expect(days).toEqual([]);
    vi.advanceTimersByTime(DAY_WATCH_EVERY_MS);
    await watch.idle();
    expect(days).toEqual(['2026-11-24']);
    vi.advanceTimersByTime(6 * DAY_WATCH_EVERY_MS);
    await watch.idle();
    expect(days).toEqual(['2026-11-24']);
    vi.advanceTimersByTime(24 * 60 * 60 * 1000);
    await watch.idle();
    expect(days).toEqual(['2026-11-24', '2026-11-25']);
    watch.stop();
  });

  it('checks when the window comes back (a sleeping PC fires no timer), and a failed run is retried', async () => {
    const window = new EventTarget();
    let calls = 0;
    const watch = watchCalendarDay(
      async () => {
        calls += 1;
        if (calls === 1) throw new Error('disk busy');
      },
      { targets: [window] },
    );
    vi.setSystemTime(new Date(2026, 10, 24, 8, 0));
    window.dispatchEvent(new Event('focus'));
    await watch.idle();
    expect(calls).toBe(1);
    window.dispatchEvent(new Event('visibilitychange'));
    await watch.idle();
    expect(calls).toBe(2);
    window.dispatchEvent(new Event('focus'));
    await watch.idle();
    expect(calls).toBe(2);
    watch.stop();
    vi.setSystemTime(new Date(2026, 10, 25, 8, 0));
    window.dispatchEvent(new Event('focus'));
    vi.advanceTimersByTime(DAY_WATCH_EVERY_MS);
    expect(calls).toBe(2);
  });
});

describe('ОВЗ after its health consent ran out, on a PC left running overnight', () => {
  it('is hidden by every reader as soon as the day moves and cleared from the database by the watch', async () => {
    const db = freshDb();
    await loadDemoVenue('2026-11-20', db);
    const pupil = (await db.participants.limit(1).toArray())[0]!;
    await db.consents.where('participantId').equals(pupil.id).delete();
    await db.participants.update(pupil.id, { hasDisability: true, nosology: 'нарушения слуха' });
    const consent: Consent = {
      id: 'health-until-today',
      participantId: pupil.id,
      kind: 'health',
      guardianName: 'Законный представитель',
      guardianRelation: 'мать',
      signedOn: '2025-09-01',
      validUntil: '2026-11-23',
      withdrawnOn: null,
      scan: null,
      createdAt: '2025-09-01T00:00:00.000Z',
      updatedAt: '2025-09-01T00:00:00.000Z',
    };
    await db.consents.add(consent);
    const watch = watchCalendarDay((now) => runPrivacyChores(todayIso(now), db));

    // 23:58 on its last day: the consent still covers ОВЗ.
    expect((await getParticipant(pupil.id, db))?.hasDisability).toBe(true);

    // Past midnight, before the watch has looked: the readers already count no ОВЗ (the stored record has it).
    vi.setSystemTime(new Date(2026, 10, 24, 0, 1));
    expect(await getParticipant(pupil.id, db)).toMatchObject({ hasDisability: false, nosology: '' });
    expect((await listParticipants(db)).find((p) => p.id === pupil.id)?.hasDisability).toBe(false);
    expect((await db.participants.get(pupil.id))?.hasDisability).toBe(true);

    // The watch's next look clears it from the database (and so from the next backup).
    vi.advanceTimersByTime(DAY_WATCH_EVERY_MS);
    await watch.idle();
    expect(await db.participants.get(pupil.id)).toMatchObject({ hasDisability: false, nosology: '' });
    watch.stop();
  });
});
