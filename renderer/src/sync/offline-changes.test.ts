import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { AttendanceMark } from '@shared/domain';
import { runTestServer } from '../../../tests/sync-server/run-test-server';
import { freshDbFactory } from '../db/testing/test-db';
import { attachChangeFeed, OUTBOX_PREFIX } from './change-feed';
import { SyncService } from './service';
import {
  memoryPouchFactory,
  newServerDb as newServerDbOn,
  PC_USERS,
  type PcUser,
  testMentor,
} from './testing/two-pcs';

/**
 * Changes made on a PC while its sync is off (turned off in the settings, or the app started without the
 * password) reach the other PCs when sync is on again: edits by comparing every record with its document,
 * deletions through the outbox the change feed writes in the deleting transaction (change-feed.ts).
 */

const { server, services } = runTestServer(4419);
const freshDb = freshDbFactory('sync-offline');

function pc(user: PcUser) {
  const db = freshDb();
  attachChangeFeed(db);
  const factory = memoryPouchFactory('offline', user);
  const service = new SyncService(factory, db);
  services.push(service);
  /** The app started again on this PC: a new service over the same database and local mirror. */
  const restart = async () => {
    await service.stop();
    const again = new SyncService(factory, db);
    services.push(again);
    return again;
  };
  return { db, service, restart, password: PC_USERS[user] };
}

const mentor = (id: string, lastName: string) => testMentor(id, lastName);

function mark(participantId: string, status: AttendanceMark['status']): AttendanceMark {
  return {
    id: `s1:${participantId}`,
    sessionId: 's1',
    participantId,
    groupId: 'g1',
    status,
    note: '',
    updatedAt: '2026-12-04T09:00:00.000Z',
  };
}

const newServerDb = () => newServerDbOn(server);

/** Two PCs on one server database, both holding two mentors and two marks. */
async function twoPcs() {
  const database = await newServerDb();
  const config = (user: string) => ({ url: server.url, database, user, enabled: true });
  const a = pc('pc1');
  const b = pc('pc2');
  await a.service.enable(config('pc1'), a.password, 'merge');
  await a.db.mentors.bulkAdd([mentor('m1', 'Петрова'), mentor('m2', 'Сидорова')]);
  await a.db.attendance.bulkAdd([mark('p1', 'present'), mark('p2', 'present')]);
  await b.service.enable(config('pc2'), b.password, 'take');
  await vi.waitFor(
    async () => {
      expect(await b.db.mentors.count()).toBe(2);
      expect(await b.db.attendance.count()).toBe(2);
    },
    { timeout: 10_000 },
  );
  return { config, a, b };
}

const lastNames = async (db: ReturnType<typeof freshDb>) =>
  (await db.mentors.toArray()).map((m) => m.lastName).sort();

describe('changes made while sync is off', () => {
  it('turned off in the settings: a deletion and an edit reach the other PC when it is turned on again', async () => {
    const { config, a, b } = await twoPcs();
    await a.service.disable();
    await a.db.mentors.delete('m2');
    await a.db.attendance.where('participantId').equals('p2').delete();
    await a.db.mentors.update('m1', { lastName: 'Иванова' });
    // The deletions are noted on this PC, in the transactions that made them.
    expect((await a.db.settings.where('key').startsWith(OUTBOX_PREFIX).primaryKeys()).sort()).toEqual([
      `${OUTBOX_PREFIX}d:attendance:s1:p2`,
      `${OUTBOX_PREFIX}d:mentors:m2`,
    ]);
    await a.service.enable(config('pc1'), a.password, 'merge');
    await vi.waitFor(
      async () => {
        expect(await lastNames(b.db)).toEqual(['Иванова']);
        expect((await b.db.attendance.toArray()).map((m) => m.id)).toEqual(['s1:p1']);
      },
      { timeout: 10_000 },
    );
    await a.service.idle();
    expect(await a.db.settings.where('key').startsWith(OUTBOX_PREFIX).count()).toBe(0);
  }, 30_000);

  it('the app restarted without sync running: a deletion made then reaches the other PC on resume', async () => {
    const { a, b } = await twoPcs();
    await a.service.idle();
    await a.service.stop();
    await a.db.attendance.delete('s1:p1');
    await a.db.mentors.update('m2', { lastName: 'Орлова' });
    const again = await a.restart();
    expect(await again.resume(a.password)).toBe(true);
    await vi.waitFor(
      async () => {
        expect(await lastNames(b.db)).toEqual(['Орлова', 'Петрова']);
        expect((await b.db.attendance.toArray()).map((m) => m.id)).toEqual(['s1:p2']);
      },
      { timeout: 10_000 },
    );
  }, 30_000);

  it('a table cleared while off: its records are deleted everywhere, the ones written anew stay', async () => {
    const { config, a, b } = await twoPcs();
    await a.service.disable();
    await a.db.transaction('rw', a.db.mentors, async () => {
      await a.db.mentors.clear();
      await a.db.mentors.add(mentor('m3', 'Орлова'));
    });
    // A record deleted and then written anew is not deleted.
    await a.db.attendance.delete('s1:p1');
    await a.db.attendance.add(mark('p1', 'absent'));
    await a.service.enable(config('pc1'), a.password, 'merge');
    await vi.waitFor(
      async () => {
        expect(await lastNames(b.db)).toEqual(['Орлова']);
        expect((await b.db.attendance.get('s1:p1'))?.status).toBe('absent');
        expect(await b.db.attendance.count()).toBe(2);
      },
      { timeout: 10_000 },
    );
  }, 30_000);

  it('a restore (a transaction that clears settings) notes no deletion', async () => {
    const { a } = await twoPcs();
    await a.service.disable();
    await a.db.transaction('rw', a.db.tables, async () => {
      for (const table of a.db.tables) await table.clear();
      await a.db.mentors.add(mentor('m1', 'Петрова'));
    });
    expect(await a.db.settings.where('key').startsWith(OUTBOX_PREFIX).count()).toBe(0);
  }, 30_000);

  it('a PC that takes the server’s data drops the deletions it never sent', async () => {
    const { config, a, b } = await twoPcs();
    await a.service.disable();
    await a.db.mentors.delete('m1');
    await a.service.enable(config('pc1'), a.password, 'take');
    await vi.waitFor(async () => expect(await lastNames(a.db)).toEqual(['Петрова', 'Сидорова']), {
      timeout: 10_000,
    });
    await a.service.idle();
    expect(await a.db.settings.where('key').startsWith(OUTBOX_PREFIX).count()).toBe(0);
    expect(await lastNames(b.db)).toEqual(['Петрова', 'Сидорова']);
  }, 30_000);
});
