import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildDemoVenue } from '@shared/demo/demo-venue';
import type { Consent } from '@shared/domain';
import { buildParticipantList } from '@shared/reports/participant-list';
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

  it('counts ОВЗ only under a health consent valid today: one whose validUntil has passed drops it', async () => {
    const db = await demoDb();
    const demo = buildDemoVenue(TODAY);
    const first = demo.groups[0]!;
    const [lapsedId, coveredId] = demo.enrollments
      .filter((e) => e.groupId === first.id && e.status === 'enrolled')
      .map((e) => e.participantId);
    const healthConsent = (id: string, participantId: string, validUntil: string): Consent => ({
      id,
      participantId,
      kind: 'health',
      guardianName: 'Иванова Мария Петровна',
      guardianRelation: 'мать',
      signedOn: '2025-09-01',
      validUntil,
      withdrawnOn: null,
      scan: null,
      createdAt: '2025-09-01T10:00:00.000Z',
      updatedAt: '2025-09-01T10:00:00.000Z',
    });
    for (const id of [lapsedId!, coveredId!]) {
      await db.participants.update(id, { hasDisability: true, nosology: 'Нарушения слуха' });
      await db.consents
        .where('participantId')
        .equals(id)
        .and((c) => c.kind === 'health')
        .delete();
    }
    // Saved while the consent ran; its term ended yesterday, and nothing has cleared the record since.
    await db.consents.bulkAdd([
      healthConsent('h-lapsed', lapsedId!, '2026-11-23'),
      healthConsent('h-covered', coveredId!, '2027-08-31'),
    ]);
    const all = { from: '2000-01-01', to: '2100-12-31' };

    const data = await loadReportData(all, db, TODAY);
    const ovz = (id: string) => data.participants.find((p) => p.id === id)?.hasDisability;
    expect(ovz(lapsedId!)).toBe(false);
    expect(ovz(coveredId!)).toBe(true);
    // The day before, the same consent still covered it.
    const before = await loadReportData(all, db, '2026-11-23');
    expect(before.participants.find((p) => p.id === lapsedId)?.hasDisability).toBe(true);
    // The group's journal reads it the same way, and the ОВЗ filter of the participant list leaves it out.
    const journal = await loadGroupReportData(first.id, db, TODAY);
    expect(journal.participants.find((p) => p.id === lapsedId)?.hasDisability).toBe(false);
    const ovzOnly = { programIds: [], schoolIds: [], grades: [], ovzOnly: true };
    const lapsed = demo.participants.find((p) => p.id === lapsedId)!;
    const fio = `${lapsed.lastName} ${lapsed.firstName}`;
    expect(JSON.stringify(buildParticipantList(before, all, ovzOnly).rows)).toContain(fio);
    expect(JSON.stringify(buildParticipantList(data, all, ovzOnly).rows)).not.toContain(fio);
    // The stored record is untouched: this is how it is read, not a write.
    expect((await db.participants.get(lapsedId!))?.hasDisability).toBe(true);
  });
});
