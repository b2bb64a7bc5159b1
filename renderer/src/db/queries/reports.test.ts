import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildDemoVenue } from '@shared/demo/demo-venue';
import type { ProfprobaDb } from '../database';
import { loadDemoVenue } from '../repos/demo-repo';
import { freshDbFactory } from '../testing/test-db';
import { listGroupOptions, listReportFilterOptions, loadGroupReportData, loadReportData } from './reports';

const TODAY = '2026-11-24';
const freshDb = freshDbFactory('report-queries');

async function demoDb(): Promise<ProfprobaDb> {
  const db = freshDb();
  await loadDemoVenue(TODAY, db);
  return db;
}

describe('report queries', () => {
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

  it("lists groups for the journal, the most recent first, and the filters' programmes and schools", async () => {
    const db = await demoDb();
    const demo = buildDemoVenue(TODAY);
    const options = await listGroupOptions(db);
    expect(options).toHaveLength(demo.groups.length);
    const dates = options.map((o) => o.firstDate ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    const filters = await listReportFilterOptions(db);
    expect(filters.programs).toHaveLength(demo.programs.length);
    expect(filters.schools).toHaveLength(demo.schools.length);
  });
});
