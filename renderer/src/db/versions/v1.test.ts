import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ProfprobaDb } from '../database';
import { loadDemoVenue } from '../repos/demo-repo';
import {
  asVersion1,
  freshDbFactory,
  makeVersion1Database,
  openAtVersion,
  snapshot,
} from '../testing/test-db';
import { V1_STORES } from './v1';

/** A store spec as a set of its parts, so the order of indexes does not matter. */
function specParts(spec: string): string[] {
  return spec
    .split(',')
    .map((part) => part.trim())
    .sort();
}

const freshDb = freshDbFactory('v1');

describe('schema v1', () => {
  it('a database opened at v1 has exactly the declared stores and indexes', async () => {
    const name = `v1-stores-${Date.now()}`;
    const made = openAtVersion(name, 1);
    await made.open();
    made.close();
    // A Dexie without a declared schema reads the stores and indexes IndexedDB really holds.
    const onDisk = new Dexie(name);
    await onDisk.open();
    try {
      const found = Object.fromEntries(
        onDisk.tables.map((t) => [
          t.name,
          [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].sort(),
        ]),
      );
      expect(found).toEqual(
        Object.fromEntries(Object.entries(V1_STORES).map(([store, spec]) => [store, specParts(spec)])),
      );
    } finally {
      onDisk.close();
    }
  });

  /**
   * The upgrade-test pattern every version repeats from its predecessor: a database made by version 1 (a bare
   * Dexie with v1's stores only) is filled, closed and reopened by the current ProfprobaDb, which runs every
   * later upgrade; every record must still be there (v2.test.ts checks what v2 changed in the journal).
   */
  it('a database made by v1 opens in the current version with every record intact', async () => {
    const name = `v1-upgrade-${Date.now()}`;
    const source = freshDb();
    await loadDemoVenue('2026-11-24', source);
    const v1Rows = asVersion1(await snapshot(source));
    await makeVersion1Database(name, v1Rows);

    const current = new ProfprobaDb(name);
    try {
      await current.open();
      const after = await snapshot(current);
      for (const [table, rows] of Object.entries(v1Rows)) {
        if (table === 'auditLog') expect(after.journal!.length).toBe(rows.length);
        else expect(after[table], table).toEqual(rows);
      }
      expect(after.participants!.length).toBeGreaterThan(100);
    } finally {
      current.close();
      await Dexie.delete(name);
    }
  });
});
