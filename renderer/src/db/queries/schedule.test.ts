import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadDemoVenue } from '../repos/demo-repo';
import { freshDbFactory } from '../testing/test-db';
import {
  countEnrolled,
  listGroupRows,
  loadGroupDetail,
  loadGroupSession,
  loadScheduleDirectories,
  loadSelectionCandidates,
  loadSessionsInRange,
} from './schedule';

const TODAY = '2026-11-24';
const freshDb = freshDbFactory('schedule-queries-test');

async function demo() {
  const db = freshDb();
  await loadDemoVenue(TODAY, db);
  return db;
}

describe('schedule queries', () => {
  it('reads the directories and one row per group with its counts', async () => {
    const db = await demo();
    const dirs = await loadScheduleDirectories(db);
    expect(dirs.programs.length).toBeGreaterThan(0);
    expect(dirs.places.length).toBeGreaterThan(0);
    const rows = await listGroupRows(db);
    expect(rows).toHaveLength(await db.groups.count());
    const row = rows.find((r) => r.sessions > 0)!;
    expect(row.first! <= row.last!).toBe(true);
    const enrolled = (await db.enrollments.where('groupId').equals(row.id).toArray()).filter(
      (e) => e.status === 'enrolled',
    );
    expect(row.enrolled).toBe(enrolled.length);
    expect((await countEnrolled([row.id], db)).get(row.id) ?? 0).toBe(enrolled.length);
  });

  it('reads a group with its sessions in order and its people; null when missing', async () => {
    const db = await demo();
    const group = (await db.groups.toArray())[0]!;
    const detail = (await loadGroupDetail(group.id, db))!;
    const dates = detail.sessions.map((s) => s.date + s.start);
    expect(dates).toEqual([...dates].sort());
    expect(detail.enrollments.every((e) => detail.participants.has(e.participantId))).toBe(true);
    expect(await loadGroupDetail('missing', db)).toBeNull();
  });

  it('reads a session only under its own group', async () => {
    const db = await demo();
    const [a, b] = await db.groups.toArray();
    const session = (await db.sessions.where('groupId').equals(a!.id).first())!;
    expect((await loadGroupSession(a!.id, session.id, db))?.session.id).toBe(session.id);
    expect(await loadGroupSession(b!.id, session.id, db)).toBeNull();
  });

  it('reads a date range with its groups, and the groups a selection can join', async () => {
    const db = await demo();
    const { sessions, groups } = await loadSessionsInRange('2026-11-01', '2026-12-31', db);
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.every((s) => groups.has(s.groupId) && s.date >= '2026-11-01')).toBe(true);
    const ids = (await db.participants.limit(2).toArray()).map((p) => p.id);
    const candidates = await loadSelectionCandidates([...ids, 'missing'], TODAY, db);
    expect(candidates.people.map((p) => p.id)).toEqual(ids);
    const firsts = candidates.groups.map((g) => g.firstDate);
    expect(firsts).toEqual([...firsts].sort());
    expect(firsts.every((d) => d >= TODAY)).toBe(true);
  });
});
