import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { SyncConflict } from '@shared/domain';
import { RuleError } from '@shared/errors';
import { freshDbFactory, rejection } from '../db/testing/test-db';
import { attachChangeFeed, type CommittedChange } from './change-feed';
import { keepVersion, openConflictCount, openConflicts, takeOtherVersion } from './conflicts';
import { testMentor } from './testing/two-pcs';

const freshDb = freshDbFactory('sync-conflicts');

const mentor = (lastName: string) => testMentor('m1', lastName);

function conflict(id: string): SyncConflict {
  return {
    id,
    at: '2026-12-04T11:00:00.000Z',
    table: 'mentors',
    recordId: 'm1',
    kept: mentor('Смирнова'),
    other: mentor('Иванова'),
    resolvedAt: null,
  };
}

describe('the conflicts list', () => {
  it('«Взять другую» makes the other version the record, as a write that replicates, and closes the conflict', async () => {
    const db = freshDb();
    const feed = attachChangeFeed(db);
    const sent: CommittedChange[] = [];
    feed.subscribe((changes) => sent.push(...changes));
    await db.mentors.put(mentor('Смирнова'));
    await db.conflicts.put(conflict('c1'));
    expect(await openConflictCount(db)).toBe(1);
    await takeOtherVersion('c1', db);
    const stored = await db.mentors.get('m1');
    expect(stored?.lastName).toBe('Иванова');
    expect(stored!.updatedAt > '2026-12-04T10:00:00.000Z').toBe(true);
    expect(sent.at(-1)).toMatchObject({ table: 'mentors', puts: [{ lastName: 'Иванова' }] });
    expect(await openConflicts(db)).toEqual([]);
    expect(await rejection(takeOtherVersion('c1', db))).toBeInstanceOf(RuleError);
  });

  it('«Оставить как есть» closes the conflict and leaves the record', async () => {
    const db = freshDb();
    attachChangeFeed(db);
    await db.mentors.put(mentor('Смирнова'));
    await db.conflicts.put(conflict('c2'));
    await keepVersion('c2', db);
    expect((await db.mentors.get('m1'))?.lastName).toBe('Смирнова');
    expect(await openConflictCount(db)).toBe(0);
  });
});
