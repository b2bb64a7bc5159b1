import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { Mentor } from '@shared/domain';
import { runTestServer } from '../../../tests/sync-server/run-test-server';
import { freshDbFactory } from '../db/testing/test-db';
import type { ProfprobaDb } from '../db';
import { attachChangeFeed } from './change-feed';
import { SyncService } from './service';
import { MemoryPouch as Pouch } from './testing/memory-pouch';
import {
  memoryPouchFactory,
  newServerDb as newServerDbOn,
  PC_USERS,
  type PcUser,
  testMentor,
} from './testing/two-pcs';

const { server, services } = runTestServer(4418);
const freshDb = freshDbFactory('sync-restore');

/** One PC: its Dexie database and its sync service with in-memory local mirrors. */
function pc(user: PcUser) {
  const db = freshDb();
  attachChangeFeed(db);
  const factory = memoryPouchFactory('restore', user);
  const allowed: (string | null)[] = [];
  const service = new SyncService(
    {
      ...factory,
      allowServer: async (origin) => {
        allowed.push(origin);
      },
    },
    db,
  );
  services.push(service);
  const mirror = () => factory.locals.at(-1)!;
  return { db, service, mirror, allowed, password: PC_USERS[user] };
}

const newServerDb = () => newServerDbOn(server);

function remote(database: string): Pouch.Database {
  return new Pouch(`${server.url}/${database}`, {
    adapter: 'http',
    auth: { username: 'pc1', password: 'one' },
  });
}

const mentor = testMentor;

/** What `replaceDatabase` does to the tables: every one cleared, the backup's records written, in one transaction. */
function restoreOf(db: ProfprobaDb, mentors: Mentor[]) {
  return () =>
    db.transaction('rw', db.tables, async () => {
      for (const table of db.tables) await table.clear();
      await db.mentors.bulkAdd(mentors);
    });
}

async function serverMentors(database: string): Promise<string[]> {
  const rows = await remote(database).allDocs({
    include_docs: true,
    startkey: 'mentors:',
    endkey: 'mentors:\ufff0',
  });
  return rows.rows.map((r) => (r.doc as unknown as { data: Mentor }).data.lastName).sort();
}

/** Two PCs on one server database, both holding m1 «Петрова» and m2 «Сидорова». */
async function twoPcs() {
  const database = await newServerDb();
  const config = (user: string) => ({ url: server.url, database, user, enabled: true });
  const a = pc('pc1');
  const b = pc('pc2');
  await a.service.enable(config('pc1'), a.password, 'merge');
  await a.db.mentors.bulkAdd([mentor('m1', 'Петрова'), mentor('m2', 'Сидорова')]);
  await vi.waitFor(async () => expect(await serverMentors(database)).toEqual(['Петрова', 'Сидорова']), {
    timeout: 10_000,
  });
  await b.service.enable(config('pc2'), b.password, 'take');
  await vi.waitFor(async () => expect(await b.db.mentors.count()).toBe(2), { timeout: 10_000 });
  return { database, a, b };
}

describe('a restore while sync is on', () => {
  it('«оставить синхронизацию выключенной»: nothing is deleted on the server or on the other PC', async () => {
    const { database, a, b } = await twoPcs();
    // The backup holds m1 only: the restore clears m2 on A.
    await a.service.aroundRestore(restoreOf(a.db, [mentor('m1', 'Петрова')]), 'off');
    await a.service.idle();
    expect(await a.db.mentors.count()).toBe(1);
    expect(a.service.getStatus().phase).toBe('off');
    expect(await a.service.isEnabled()).toBe(false);
    // The clears never reached A's mirror, so there is nothing that could replicate as a deletion.
    const m2 = await a.mirror().get('mentors:m2');
    expect(m2._deleted).toBeUndefined();
    await b.db.mentors.update('m1', { lastName: 'Иванова' });
    await vi.waitFor(async () => expect(await serverMentors(database)).toEqual(['Иванова', 'Сидорова']), {
      timeout: 10_000,
    });
    expect((await b.db.mentors.toArray()).map((m) => m.lastName).sort()).toEqual(['Иванова', 'Сидорова']);
    // The desktop shell's lock was opened for the server's origin only, and closed when sync went off.
    expect(a.allowed[0]).toBe(new URL(server.url).origin);
    expect(a.allowed.at(-1)).toBeNull();
    // This PC's sync settings outlived the clear of the settings table.
    expect((await a.service.config())?.database).toBe(database);
  }, 30_000);

  it('«отправить на сервер»: the restored records win everywhere and the ones the backup lacks come back', async () => {
    const { database, a, b } = await twoPcs();
    await a.service.aroundRestore(restoreOf(a.db, [{ ...mentor('m1', 'Кузнецова') }]), 'push');
    await vi.waitFor(async () => expect(await serverMentors(database)).toEqual(['Кузнецова', 'Сидорова']), {
      timeout: 10_000,
    });
    await vi.waitFor(
      async () =>
        expect((await b.db.mentors.toArray()).map((m) => m.lastName).sort()).toEqual([
          'Кузнецова',
          'Сидорова',
        ]),
      { timeout: 10_000 },
    );
    await vi.waitFor(
      async () =>
        expect((await a.db.mentors.toArray()).map((m) => m.lastName).sort()).toEqual([
          'Кузнецова',
          'Сидорова',
        ]),
      { timeout: 10_000 },
    );
    expect(await a.service.isEnabled()).toBe(true);
  }, 30_000);
});
