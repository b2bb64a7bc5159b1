import { describe, expect, it } from 'vitest';
import type { Participant } from '../domain';
import { isBlocked, NO_BLOCKERS, undoBlockers, type ImportUndoRecord } from './undo';

const at = '2026-12-04T10:00:00.000Z';
const record: ImportUndoRecord = {
  importId: 'imp',
  fileName: 'список.csv',
  at,
  createdParticipantIds: ['a', 'b'],
  createdSchoolIds: [],
  before: [{ id: 'u', updatedAt: '2026-11-01T00:00:00.000Z' } as Participant],
  undoneAt: null,
};
const none = {
  enrolled: new Set<string>(),
  marked: new Set<string>(),
  certified: new Set<string>(),
  consents: new Set<string>(),
};
const untouched = new Map([
  ['a', { updatedAt: at }],
  ['b', { updatedAt: at }],
  ['u', { updatedAt: at }],
]);

describe('undoBlockers', () => {
  it('lets an untouched import be undone', () => {
    const b = undoBlockers(record, untouched, none);
    expect(b).toEqual(NO_BLOCKERS);
    expect(isBlocked(b)).toBe(false);
  });

  it('counts added pupils who were enrolled, marked, certified or given a consent', () => {
    const b = undoBlockers(record, untouched, {
      enrolled: new Set(['a', 'b', 'u']),
      marked: new Set(['a']),
      certified: new Set(['b']),
      consents: new Set(['x']),
    });
    // «u» was only updated: its own enrollments do not depend on the import.
    expect(b).toEqual({ enrolled: 2, marked: 1, certified: 1, consents: 0, changed: 0 });
    expect(isBlocked(b)).toBe(true);
  });

  it('counts pupils edited after the import, added or updated', () => {
    const edited = new Map(untouched);
    edited.set('a', { updatedAt: '2026-12-05T09:00:00.000Z' });
    edited.set('u', { updatedAt: '2026-12-05T09:00:00.000Z' });
    expect(undoBlockers(record, edited, none).changed).toBe(2);
  });
});
