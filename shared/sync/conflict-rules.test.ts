import { describe, expect, it } from 'vitest';
import type { AttendanceMark } from '../domain';
import { markConflictEntry, resolveConflict, type Leaf } from './conflict-rules';

function mark(rev: string, status: AttendanceMark['status'], updatedAt: string): Leaf {
  const record: AttendanceMark = {
    id: 's1:p1',
    sessionId: 's1',
    participantId: 'p1',
    groupId: 'g1',
    status,
    note: '',
    updatedAt,
  };
  return { rev, record: { ...record } };
}

describe('conflict rules', () => {
  it('a mark: the later updatedAt wins even when CouchDB chose the other revision', () => {
    const couchWinner = mark('2-b', 'present', '2026-12-04T10:00:00.000Z');
    const laterLoser = mark('2-a', 'absent', '2026-12-04T10:05:00.000Z');
    const r = resolveConflict('attendance', couchWinner, [laterLoser]);
    expect(r.kind).toBe('mark');
    expect(r.keep).toBe(laterLoser);
    expect(r.drop).toEqual([couchWinner]);
  });

  it('a mark: on equal times CouchDB’s winner stays (every PC decides the same)', () => {
    const a = mark('2-b', 'present', '2026-12-04T10:00:00.000Z');
    const b = mark('2-a', 'absent', '2026-12-04T10:00:00.000Z');
    expect(resolveConflict('attendance', a, [b]).keep).toBe(a);
  });

  it('a record: CouchDB’s winner (the later revision) stays, the others are dropped and listed', () => {
    const winner: Leaf = { rev: '3-x', record: { id: 'g1', name: 'A' } };
    const loser: Leaf = { rev: '2-y', record: { id: 'g1', name: 'B' } };
    const r = resolveConflict('groups', winner, [loser]);
    expect(r).toEqual({ kind: 'record', keep: winner, drop: [loser] });
  });

  it('a participant: an anonymised version beats an edit made elsewhere', () => {
    const edited: Leaf = { rev: '3-x', record: { id: 'p1', lastName: 'Петров', anonymizedAt: null } };
    const anon: Leaf = {
      rev: '2-y',
      record: { id: 'p1', lastName: '—', anonymizedAt: '2026-12-01T00:00:00Z' },
    };
    expect(resolveConflict('participants', edited, [anon]).keep).toBe(anon);
    expect(resolveConflict('participants', anon, [edited]).keep).toBe(anon);
  });

  it('the journal entry of a lost mark holds both values, ids only, the same on every PC', () => {
    const kept = mark('2-a', 'absent', '2026-12-04T10:05:00.000Z').record as unknown as AttendanceMark;
    const lost = mark('2-b', 'present', '2026-12-04T10:00:00.000Z').record as unknown as AttendanceMark;
    const entry = markConflictEntry(kept, lost, '2-b');
    expect(entry).toEqual({
      id: 'sync:attendance:s1:p1:2-b',
      at: '2026-12-04T10:05:00.000Z',
      action: 'sync-conflict',
      entity: 'attendance',
      entityId: 's1:p1',
      code: 'markConflictResolved',
      params: {
        sessionId: 's1',
        participantId: 'p1',
        kept: 'absent',
        keptAt: '2026-12-04T10:05:00.000Z',
        lost: 'present',
        lostAt: '2026-12-04T10:00:00.000Z',
      },
    });
    expect(markConflictEntry(kept, lost, '2-b')).toEqual(entry);
  });
});
