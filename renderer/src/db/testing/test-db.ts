import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { ProfprobaDb } from '../database';
import { storesAt } from '../versions';

/**
 * Test helpers for database tests (with `fake-indexeddb/auto` imported first). They import vitest, so they live
 * here and never in the app's bundle.
 */

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** Closed and deleted after the test that made it. */
function track<T extends Dexie>(db: T): T {
  opened.push(db);
  return db;
}

/**
 * `freshDb()` gives a new, empty database under a unique name; every database it made is closed and deleted
 * after each test.
 */
export function freshDbFactory(prefix: string): () => ProfprobaDb {
  let counter = 0;
  return () => {
    counter += 1;
    return track(
      new ProfprobaDb(`${prefix}-${Date.now()}-${counter}-${Math.random().toString(36).slice(2)}`),
    );
  };
}

/**
 * A bare Dexie database declared exactly as schema `version` stood (no later versions, no upgrades): what an
 * older app left on disk. Upgrade tests fill it, close it and reopen the same name as `ProfprobaDb`.
 */
export function openAtVersion(name: string, version: number): Dexie {
  const db = track(new Dexie(name));
  db.version(version).stores(storesAt(version));
  return db;
}

/** Every record of every table, keyed by table name: the thing an upgrade or a refusal must keep. */
export async function snapshot(db: Dexie): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

/** The error a promise was rejected with (fails when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}
