import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildDemoVenue } from '@shared/demo/demo-venue';
import { loadDemoVenue } from '../repos/demo-repo';
import { freshDbFactory } from '../testing/test-db';
import { issueCertificates } from '../repos/certificate-repo';
import { setSetting } from '../repos/settings-repo';
import { FIRST_STEPS, listSessionOverview, loadDashboard, loadFirstSteps, nextSessionAfter } from './home';

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

  it('ticks the first steps from the data, one by one', async () => {
    const empty = await loadFirstSteps(freshDb());
    expect(FIRST_STEPS.filter((s) => empty[s])).toEqual([]);

    const db = await demoDb();
    const steps = await loadFirstSteps(db);
    // The demo has everything but certificates and a saved report.
    expect(FIRST_STEPS.filter((s) => !steps[s])).toEqual(['certificates', 'report']);

    // A group whose sessions are all past has pupils who completed it.
    const groups = await db.groups.toArray();
    const sessions = await db.sessions.toArray();
    const past = groups.find((g) => sessions.filter((s) => s.groupId === g.id).every((s) => s.date < TODAY));
    const { issued } = await issueCertificates({ groupId: past!.id, issuedOn: TODAY }, db);
    expect(issued.length).toBeGreaterThan(0);
    expect((await loadFirstSteps(db)).certificates).toBe(true);

    await setSetting('lastReportSavedAt', '2026-11-24T10:00:00.000Z', db);
    expect((await loadFirstSteps(db)).report).toBe(true);

    await db.places.clear();
    await db.attendance.clear();
    const fewer = await loadFirstSteps(db);
    expect(FIRST_STEPS.filter((s) => !fewer[s])).toEqual(['mentorsAndPlaces', 'marks']);
  });
});
