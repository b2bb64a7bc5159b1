import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDemoVenue } from '@shared/demo/demo-venue';
import { ProfprobaDb } from '../database';
import { loadDemoVenue } from './demo-repo';
import { listSessionOverview, loadGroupReportData, loadReportData, nextSessionAfter } from './report-repo';

const TODAY = '2026-11-24';
const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

async function demoDb(): Promise<ProfprobaDb> {
  const db = new ProfprobaDb(`report-repo-${Date.now()}-${Math.random()}`);
  opened.push(db);
  await loadDemoVenue(TODAY, db);
  return db;
}

describe('report repo', () => {
  it('loads the groups met in the period whole, sessions outside it included', async () => {
    const db = await demoDb();
    const demo = buildDemoVenue(TODAY);
    const first = demo.groups[0]!;
    const [s1, s2] = demo.sessions.filter((s) => s.groupId === first.id);
    // A period holding only the group's second session.
    const data = await loadReportData({ from: s2!.date, to: s2!.date }, db);
    expect(data.groups.map((g) => g.id)).toContain(first.id);
    expect(data.sessions.map((s) => s.id)).toEqual(expect.arrayContaining([s1!.id, s2!.id]));
    const members = demo.enrollments.filter((e) => e.groupId === first.id).map((e) => e.participantId);
    expect(data.participants.map((p) => p.id)).toEqual(expect.arrayContaining(members));
    expect(data.venue?.inn).toBe(demo.venue.inn);
    expect(data.certificates).toEqual([]);

    const group = await loadGroupReportData(first.id, db);
    expect(group.groups).toHaveLength(1);
    expect(group.sessions).toHaveLength(2);
  });

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
});
