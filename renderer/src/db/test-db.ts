import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { ProfprobaDb } from './database';

/**
 * For database tests (with `fake-indexeddb/auto` imported first): `freshDb()` gives a new, empty database
 * under a unique name, and every database it made is closed and deleted after each test.
 */
export function freshDbFactory(prefix: string): () => ProfprobaDb {
  let counter = 0;
  const opened: Dexie[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) {
      db.close();
      await Dexie.delete(db.name);
    }
  });
  return () => {
    counter += 1;
    const db = new ProfprobaDb(`${prefix}-${Date.now()}-${counter}`);
    opened.push(db);
    return db;
  };
}
