import { describe, expect, it } from 'vitest';
import type { School } from '../domain';
import { isMergeUndoBlocked, mergeUndoBlockers, type SchoolMergeUndoRecord } from './merge-undo';

const AT = '2026-12-04T10:00:00.000Z';
const school = (id: string, updatedAt: string): School => ({
  id,
  fullName: id,
  shortName: '',
  nameKey: id,
  municipality: '',
  inn: '',
  navigatorName: '',
  navigatorPhone: '',
  navigatorEmail: '',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt,
});
const record: SchoolMergeUndoRecord = {
  keepId: 'k',
  mergeId: 'm',
  at: AT,
  keepBefore: school('k', '2026-01-01T00:00:00.000Z'),
  merged: school('m', '2026-01-01T00:00:00.000Z'),
  moved: [
    { id: 'p1', updatedAt: '2026-01-01T00:00:00.000Z' },
    { id: 'p2', updatedAt: '2026-01-01T00:00:00.000Z' },
  ],
  undoneAt: null,
};
const untouched = () => ({
  pupils: new Map([
    ['p1', { updatedAt: AT, schoolId: 'k' }],
    ['p2', { updatedAt: AT, schoolId: 'k' }],
  ]),
  keep: { updatedAt: AT },
  sameName: 0,
});

describe('undoing a school merge', () => {
  it('is possible while nothing was done on top of it', () => {
    const b = mergeUndoBlockers(record, untouched());
    expect(b).toEqual({ changed: 0, schoolChanged: 0, nameTaken: 0 });
    expect(isMergeUndoBlocked(b)).toBe(false);
  });

  it('counts moved pupils edited, moved again or deleted since', () => {
    const now = untouched();
    now.pupils.set('p1', { updatedAt: '2026-12-05T00:00:00.000Z', schoolId: 'k' });
    now.pupils.delete('p2');
    const b = mergeUndoBlockers(record, now);
    expect(b.changed).toBe(2);
    expect(isMergeUndoBlocked(b)).toBe(true);
  });

  it('is blocked when the kept school was edited or deleted, or its name was taken by another school', () => {
    expect(mergeUndoBlockers(record, { ...untouched(), keep: { updatedAt: 'x' } }).schoolChanged).toBe(1);
    expect(mergeUndoBlockers(record, { ...untouched(), keep: undefined }).schoolChanged).toBe(1);
    expect(mergeUndoBlockers(record, { ...untouched(), sameName: 1 }).nameTaken).toBe(1);
  });
});
