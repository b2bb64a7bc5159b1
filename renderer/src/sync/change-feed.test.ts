import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshDbFactory } from '../db/testing/test-db';
import { attachChangeFeed, type CommittedChange } from './change-feed';
import { testMentor } from './testing/two-pcs';

const freshDb = freshDbFactory('change-feed');

const mentor = (id: string, lastName: string) => testMentor(id, lastName);

describe('change feed (the outgoing hook)', () => {
  it('hands over the committed puts, updates and deletes of synced tables, not per-PC tables', async () => {
    const db = freshDb();
    const feed = attachChangeFeed(db);
    const seen: CommittedChange[][] = [];
    feed.subscribe((c) => seen.push(c));
    await db.mentors.bulkAdd([mentor('m1', 'Петрова'), mentor('m2', 'Сидорова')] as never);
    await db.mentors.update('m1', { lastName: 'Иванова' });
    await db.mentors.delete('m2');
    await db.settings.put({ key: 'x', value: 1 });
    await db.mentors.clear();
    expect(
      seen.map((batch) => batch.map((c) => [c.table, c.puts.map((p) => p.lastName), c.deletes])),
    ).toEqual([
      [['mentors', ['Петрова', 'Сидорова'], []]],
      [['mentors', ['Иванова'], []]],
      [['mentors', [], ['m2']]],
      [['mentors', [], ['m1']]],
    ]);
  });

  it('hands over nothing of an aborted transaction, nor of a transaction marked as applying', async () => {
    const db = freshDb();
    const feed = attachChangeFeed(db);
    const seen: CommittedChange[][] = [];
    feed.subscribe((c) => seen.push(c));
    await expect(
      db.transaction('rw', db.mentors, async () => {
        await db.mentors.add(mentor('m1', 'Петрова') as never);
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    await db.transaction('rw', db.mentors, async (tx) => {
      feed.applying(tx.idbtrans);
      await db.mentors.add(mentor('m2', 'Сидорова') as never);
    });
    expect(seen).toEqual([]);
    expect(await db.mentors.count()).toBe(1);
  });
});
