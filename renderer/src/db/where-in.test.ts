import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { AttendanceMark } from '@shared/domain';
import { freshDbFactory } from './testing/test-db';
import { whereIn } from './where-in';

const freshDb = freshDbFactory('where-in');

function mark(sessionId: string, participantId: string, groupId: string): AttendanceMark {
  return {
    id: `${sessionId}:${participantId}`,
    sessionId,
    participantId,
    groupId,
    status: 'present',
    note: '',
    updatedAt: '2026-04-01T10:00:00.000Z',
  };
}

describe('whereIn', () => {
  it('returns every row of every key once, grouped by key in the order given', async () => {
    const db = freshDb();
    await db.attendance.bulkAdd([
      mark('s1', 'p1', 'g1'),
      mark('s1', 'p2', 'g1'),
      mark('s2', 'p1', 'g2'),
      mark('s3', 'p3', 'g3'),
    ]);
    const rows = await whereIn(db.attendance, 'groupId', ['g2', 'g1', 'g2', 'missing']);
    expect(rows.map((r) => r.id)).toEqual(['s2:p1', 's1:p1', 's1:p2']);
  });

  it('reads nothing for no keys', async () => {
    const db = freshDb();
    await db.attendance.add(mark('s1', 'p1', 'g1'));
    expect(await whereIn(db.attendance, 'groupId', [])).toEqual([]);
  });

  it('takes compound keys', async () => {
    const db = freshDb();
    await db.enrollments.bulkAdd([
      { id: 'e1', groupId: 'g1', participantId: 'p1', status: 'enrolled', position: 0, createdAt: '' },
      { id: 'e2', groupId: 'g1', participantId: 'p2', status: 'enrolled', position: 1, createdAt: '' },
    ]);
    const rows = await whereIn(db.enrollments, '[groupId+participantId]', [['g1', 'p2']]);
    expect(rows.map((r) => r.id)).toEqual(['e2']);
  });
});
