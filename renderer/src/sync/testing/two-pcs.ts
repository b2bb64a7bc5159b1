import type { Mentor } from '@shared/domain';
import type { ProfprobaDb } from '../../db';
import { attachChangeFeed } from '../change-feed';
import { SyncEngine } from '../engine';
import { MemoryPouch as Pouch } from './memory-pouch';

// What the sync tests share: a record that every synced table accepts, a fresh database on the in-process
// server, and one PC (its Dexie database, local mirror and engine) — so each test file says only what it tests.

/** What these helpers need of the in-process test server (`tests/sync-server/server.ts`). */
interface SyncServer {
  url: string;
}

/** The test server's users and their passwords (every sync test starts its server with these). */
export const PC_USERS = { pc1: 'one', pc2: 'two' } as const;
export type PcUser = keyof typeof PC_USERS;

/** A mentor: the smallest synced record, enough to see a record travel, change or vanish. */
export function testMentor(id: string, lastName: string, updatedAt = '2026-12-04T10:00:00.000Z'): Mentor {
  return {
    id,
    lastName,
    firstName: 'Анна',
    middleName: '',
    position: '',
    organization: '',
    profession: '',
    phone: '',
    email: '',
    archived: false,
    createdAt: updatedAt,
    updatedAt,
  };
}

let counter = 0;

/** A new, empty database on the server, created as pc1 (each test gets its own venue). */
export async function newServerDb(server: SyncServer): Promise<string> {
  const name = `venue-${Date.now()}-${counter++}`;
  const auth = 'Basic ' + btoa(`pc1:${PC_USERS.pc1}`);
  await fetch(`${server.url}/${name}`, { method: 'PUT', headers: { authorization: auth } });
  return name;
}

/**
 * One PC: its Dexie database (the change feed attached), its local PouchDB and its engine, pointed at the
 * server database `dbName`; `sync()` is one round trip: push, pull, everything applied.
 */
export function enginePc(server: SyncServer, db: ProfprobaDb, user: PcUser, dbName: string) {
  counter += 1;
  attachChangeFeed(db);
  const local = new Pouch(`local-${user}-${counter}-${Date.now()}`, { adapter: 'memory' });
  const remote = new Pouch(`${server.url}/${dbName}`, {
    adapter: 'http',
    auth: { username: user, password: PC_USERS[user] },
  });
  const engine = new SyncEngine(db, local);
  engine.start();
  async function sync() {
    await engine.idle();
    await local.replicate.to(remote);
    await local.replicate.from(remote);
    await engine.idle();
  }
  return { db, local, remote, engine, sync };
}

/**
 * The PouchDB factory a `SyncService` takes, for one PC: in-memory local mirrors (named apart per PC and test)
 * and HTTP to the server. `locals` keeps every mirror it made, the newest last.
 */
export function memoryPouchFactory(label: string, user: PcUser) {
  counter += 1;
  const prefix = `${label}-${user}-${counter}-${Date.now()}-`;
  const locals: Pouch.Database[] = [];
  return {
    locals,
    local: (name: string) => {
      const local = new Pouch(prefix + name, { adapter: 'memory' });
      locals.push(local);
      return local;
    },
    remote: (url: string, auth: { username: string; password: string }) =>
      new Pouch(url, { adapter: 'http', skip_setup: true, auth }),
  };
}
