import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Participant, SyncConflict } from '@shared/domain';
import { joinFio } from '@shared/text/fio';
import { normalizeKey } from '@shared/text/normalize';
import { testParticipant } from '../db/testing/records';
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

  it("«Взять другую» of a participant sent by a PC on an older version stores it with this version's keys", async () => {
    const db = freshDb();
    attachChangeFeed(db);
    const kept = testParticipant({ id: 'p1', lastName: 'Абрамов' });
    // The other version: «Абpaмoв» with Latin р, а, о, keyed by the name as typed, as version 4 keyed it.
    const typed = { lastName: 'Абpaмoв', firstName: 'Илья', middleName: '' };
    const staleKey = normalizeKey(joinFio(typed));
    const other: Participant = { ...kept, ...typed, fioKey: staleKey, searchWords: staleKey.split(' ') };
    await db.participants.put(kept);
    await db.conflicts.put({
      id: 'c3',
      at: '2026-12-04T11:00:00.000Z',
      table: 'participants',
      recordId: 'p1',
      kept,
      other,
      resolvedAt: null,
    });
    await takeOtherVersion('c3', db);
    const stored = await db.participants.get('p1');
    expect(stored).toMatchObject({
      lastName: 'Абpaмoв',
      fioKey: 'абрамов илья',
      searchWords: ['абрамов', 'илья'],
    });
    expect(await db.participants.where('fioKey').equals('абрамов илья').count()).toBe(1);
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
