import Dexie from 'dexie';
import { RuleError } from '@shared/errors';
import { ProfprobaDb, SCHEMA_VERSION } from '../database';
import { storesAt, VERSIONS } from '../versions';
import { CHUNK_SIZE } from './progress';

/**
 * The stores of every released schema version, from the registry (versions/index.ts): a backup made by an
 * older version is loaded into a temporary database of its own version and upgraded by the very `upgrade()`
 * functions that upgrade a real database, so a restore keeps every record the same way an app update does.
 */
export const SCHEMA_STORES: Record<number, Record<string, string>> = Object.fromEntries(
  VERSIONS.map((v) => [v.version, storesAt(v.version)]),
);

/**
 * Brings the tables of a backup made by schema `fromVersion` to the current schema. Same version: returned
 * as is. Older: written into a temporary IndexedDB database declared with the old stores, reopened as the
 * current ProfprobaDb (Dexie runs the upgrades), read back, and the temporary database deleted.
 * `throughDatabase` forces the temporary-database path even for the current version (tests of the mechanism).
 */
export async function upgradeTables(
  fromVersion: number,
  tables: Map<string, unknown[]>,
  { throughDatabase = false }: { throughDatabase?: boolean } = {},
): Promise<Map<string, unknown[]>> {
  if (fromVersion === SCHEMA_VERSION && !throughDatabase) return tables;
  const stores = SCHEMA_STORES[fromVersion];
  if (!stores || fromVersion > SCHEMA_VERSION) {
    throw new RuleError('settings.backupSchemaUnknown', { version: fromVersion });
  }
  for (const name of tables.keys()) {
    if (!(name in stores)) {
      throw new RuleError('settings.backupTableUnknown', { table: name, version: fromVersion });
    }
  }

  const name = `profproba-restore-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const old = new Dexie(name);
  try {
    old.version(fromVersion).stores(stores);
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of tables) {
        for (let i = 0; i < rows.length; i += CHUNK_SIZE) {
          await old.table(table).bulkAdd(rows.slice(i, i + CHUNK_SIZE));
        }
      }
    });
    old.close();

    const current = new ProfprobaDb(name);
    try {
      await current.open();
      const out = new Map<string, unknown[]>();
      await current.transaction('r', current.tables, async () => {
        for (const table of current.tables) out.set(table.name, await table.toArray());
      });
      return out;
    } finally {
      current.close();
    }
  } finally {
    old.close();
    await Dexie.delete(name);
  }
}
