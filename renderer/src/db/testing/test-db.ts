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

/**
 * The records of a current-version snapshot as version 1 stored them: the journal back in `auditLog` with
 * version 1's auto-increment numbers (in the order of `at`), and the stores version 1 did not have left out.
 * Upgrade and restore tests fill a version-1 database (`openAtVersion(name, 1)`) with it.
 */
export function asVersion1(tables: Record<string, unknown[]>): Record<string, unknown[]> {
  const v1Stores = storesAt(1);
  const out: Record<string, unknown[]> = {};
  for (const [name, rows] of Object.entries(tables)) {
    if (name === 'journal') {
      const ordered = [...(rows as { at: string }[])].sort((a, b) => a.at.localeCompare(b.at));
      out.auditLog = ordered.map((row, i) => ({ ...row, id: i + 1 }));
    } else if (name in v1Stores) {
      out[name] = rows;
    }
  }
  return out;
}

/**
 * A database of schema `version` on disk under `name`, filled with those of `tables` that version had (a later
 * version's tables are left out), closed: what an older app left for an upgrade test to open.
 */
export async function makeDatabaseAt(
  name: string,
  version: number,
  tables: Record<string, unknown[]>,
): Promise<void> {
  const old = openAtVersion(name, version);
  await old.open();
  const stores = storesAt(version);
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(tables))
      if (table in stores) await old.table(table).bulkAdd(rows);
  });
  old.close();
}

/** A version-1 database on disk under `name`, filled with `tables` (as `asVersion1` gives them), closed. */
export async function makeVersion1Database(name: string, tables: Record<string, unknown[]>): Promise<void> {
  await makeDatabaseAt(name, 1, tables);
}
