import type Dexie from 'dexie';
import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction } from 'dexie';
import { isSyncedTable, type SyncedTable, type SyncRecord } from '@shared/sync/docs';

/**
 * The outgoing side of replication, at the one place that sees every write: a Dexie DBCore middleware. It
 * notes what each transaction put and deleted in the synced tables and, once the transaction has committed,
 * hands the changes to its listeners (the sync engine mirrors them into the local PouchDB). A transaction that
 * aborts hands over nothing. Writes made by the engine itself (applying documents that came from the server) are
 * marked with `applying()` and not handed over, so they never echo back.
 *
 * It holds no PouchDB: registered on the app's connection in `db/index.ts`, it passes every write straight
 * down while nobody listens (sync off).
 */

export interface CommittedChange {
  table: SyncedTable;
  /** The records as stored (put or added). */
  puts: SyncRecord[];
  /** The ids deleted. */
  deletes: string[];
}

export type ChangeListener = (changes: CommittedChange[]) => void;

export interface ChangeFeed {
  subscribe(listener: ChangeListener): () => void;
  /** Marks a transaction (its `idbtrans`) whose writes came from replication: they are not handed over. */
  applying(trans: IDBTransaction): void;
}

const feeds = new WeakMap<Dexie, ChangeFeed>();

/** The feed of a database; registers the middleware the first time (call before the database opens). */
export function attachChangeFeed(db: Dexie): ChangeFeed {
  const existing = feeds.get(db);
  if (existing) return existing;
  const listeners = new Set<ChangeListener>();
  const applying = new WeakSet<object>();
  const pending = new WeakMap<object, Map<SyncedTable, CommittedChange>>();

  function changesOf(trans: DBCoreTransaction, table: SyncedTable): CommittedChange {
    let byTable = pending.get(trans);
    if (!byTable) {
      const tables = new Map<SyncedTable, CommittedChange>();
      byTable = tables;
      pending.set(trans, tables);
      const idb = trans as unknown as IDBTransaction;
      idb.addEventListener('complete', () => {
        const changes = [...tables.values()].filter((c) => c.puts.length + c.deletes.length > 0);
        if (changes.length === 0) return;
        for (const listener of listeners) listener(changes);
      });
    }
    let change = byTable.get(table);
    if (!change) {
      change = { table, puts: [], deletes: [] };
      byTable.set(table, change);
    }
    return change;
  }

  function observe(table: SyncedTable, down: DBCoreTable): DBCoreTable {
    return {
      ...down,
      async mutate(req: DBCoreMutateRequest) {
        // Nobody listens while sync is off: the write goes straight down, costing nothing.
        if (listeners.size === 0 || applying.has(req.trans)) return down.mutate(req);
        let rangeKeys: unknown[] | null = null;
        if (req.type === 'deleteRange') {
          const found = await down.query({
            trans: req.trans,
            values: false,
            query: { index: down.schema.primaryKey, range: req.range },
          });
          rangeKeys = found.result;
        }
        const res = await down.mutate(req);
        const change = changesOf(req.trans, table);
        const failed = (i: number) => res.failures[i] !== undefined;
        if (req.type === 'add' || req.type === 'put') {
          req.values.forEach((value, i) => {
            if (!failed(i)) change.puts.push(structuredClone(value) as SyncRecord);
          });
        } else if (req.type === 'delete') {
          req.keys.forEach((key, i) => {
            if (!failed(i)) change.deletes.push(String(key));
          });
        } else if (rangeKeys) {
          for (const key of rangeKeys) change.deletes.push(String(key));
        }
        return res;
      },
    };
  }

  db.use({
    stack: 'dbcore',
    name: 'profproba-sync-feed',
    create(down: DBCore): DBCore {
      return {
        ...down,
        table(name: string) {
          const table = down.table(name);
          return isSyncedTable(name) ? observe(name, table) : table;
        },
      };
    },
  });

  const feed: ChangeFeed = {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    applying(trans) {
      applying.add(trans);
    },
  };
  feeds.set(db, feed);
  return feed;
}

export function changeFeedOf(db: Dexie): ChangeFeed | undefined {
  return feeds.get(db);
}
