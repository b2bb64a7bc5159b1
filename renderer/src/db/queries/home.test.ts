import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildDemoVenue } from '@shared/demo/demo-venue';
import { loadDemoVenue } from '../repos/demo-repo';
import { freshDbFactory } from '../testing/test-db';
import { listSessionOverview, loadDashboard, nextSessionAfter } from './home';

const TODAY = '2026-11-24';
const freshDb = freshDbFactory('home-queries');

async function demoDb() {
  const db = freshDb();
  await loadDemoVenue(TODAY, db);
  return db;
}

describe('home queries', () => {
  it('lists a week of sessions and the next one', async () => {
    const db = await demoDb();
    const demo = buildDemoVenue(TODAY);
    const week = await listSessionOverview('2026-11-23', '2026-11-29', db);
    expect(week.map((s) => s.date)).toEqual(
      demo.sessions
        .filter((s) => s.date >= '2026-11-23' && s.date <= '2026-11-29')
        .map((s) => s.date)
        .sort(),
    );
    expect(week.every((s) => s.programTitle !== '' && s.enrolled > 0)).toBe(true);
    const next = await nextSessionAfter(TODAY, db);
    expect(next?.date).toBe(
      demo.sessions
        .map((s) => s.date)
        .filter((d) => d > TODAY)
        .sort()[0],
    );
  });

  it('says «online» with a flag, not a word, and computes the quarter figures', async () => {
    const db = await demoDb();
    const [first] = await db.sessions.orderBy('date').toArray();
    await db.sessions.update(first!.id, { placeId: null, onlineLink: 'https://example.org/room' });
    const [row] = await listSessionOverview(first!.date, first!.date, db);
    expect(row).toMatchObject({ place: '', online: true });
    const stats = await loadDashboard(TODAY, db);
    expect(stats).toBeTruthy();
  });
});
