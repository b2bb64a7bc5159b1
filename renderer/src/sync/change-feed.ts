import type Dexie from 'dexie';
import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction } from 'dexie';
import { docIdOf, isSyncedTable, type SyncedTable, type SyncRecord } from '@shared/sync/docs';

/**
 * The outgoing side of replication, at the one place that sees every write: a Dexie DBCore middleware. It
 * notes what each transaction put and deleted in the synced tables and, once the transaction has committed,
 * hands the changes to its listeners (the sync engine mirrors them into the local PouchDB). A transaction that
 * aborts hands over nothing. Writes made by the engine itself (applying documents that came from the server) are
 * marked with `applying()` and not handed over, so they never echo back.
 *
 * It holds no PouchDB: registered on the app's connection in `db/index.ts`, it passes puts straight down while
 * nobody listens (sync off): an edit made then is found later by comparing every record with its document
 * (`SyncEngine.mirrorAll`). A deletion leaves nothing to compare, so every deletion is also noted in the
 * **outbox** — per-PC `settings` rows written in the deleting transaction itself (the middleware adds `settings`
 * to the scope of every read-write transaction over a synced table), so a deletion made while sync is off, or
 * just before the app closed, is never lost: `sync.out:d:<table>:<id>` for a record deleted by key,
 * `sync.out:c:<table>` for a table cleared whole. The engine turns them into tombstones and removes them
 * (`SyncEngine.flushOutbox`). A transaction that clears `settings` replaces the whole database (a restore): its
 * deletions are not noted (a restore never deletes on the server; see docs/sync.md).
 */

/** The prefix of the outbox rows in `settings`. */
export const OUTBOX_PREFIX = 'sync.out:';
const DELETED = `${OUTBOX_PREFIX}d:`;
const CLEARED = `${OUTBOX_PREFIX}c:`;

export type OutboxEntry = { kind: 'deleted'; docId: string } | { kind: 'cleared'; table: string };

export function parseOutboxKey(key: string): OutboxEntry | null {
  if (key.startsWith(DELETED)) return { kind: 'deleted', docId: key.slice(DELETED.length) };
  if (key.startsWith(CLEARED)) return { kind: 'cleared', table: key.slice(CLEARED.length) };
  return null;
}

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

/** `DBCoreRangeType.Any` (a const enum Dexie does not export at runtime): the whole table, as `clear()` asks. */
const WHOLE_RANGE = 3;

/** The feed of a database; registers the middleware the first time (call before the database opens). */
export function attachChangeFeed(db: Dexie): ChangeFeed {
  const existing = feeds.get(db);
  if (existing) return existing;
  const listeners = new Set<ChangeListener>();
  const applying = new WeakSet<object>();
  /** Transactions that cleared `settings`: a restore replacing the whole database. */
  const replacing = new WeakSet<object>();
  let settingsCore: DBCoreTable | null = null;
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
        if (applying.has(req.trans)) return down.mutate(req);
        const listening = listeners.size > 0;
        const deleting = req.type === 'delete' || req.type === 'deleteRange';
        // Nobody listens while sync is off: a put goes straight down, costing nothing.
        if (!listening && !deleting) return down.mutate(req);
        // `clear()`: one outbox row for the table, not one per record (a clear of 100 000 records stays cheap).
        const cleared = req.type === 'deleteRange' && req.range.type === WHOLE_RANGE;
        let rangeKeys: unknown[] | null = null;
        if (req.type === 'deleteRange' && (listening || !cleared)) {
          const found = await down.query({
            trans: req.trans,
            values: false,
            query: { index: down.schema.primaryKey, range: req.range },
          });
          rangeKeys = found.result;
        }
        const res = await down.mutate(req);
        const failed = (i: number) => res.failures[i] !== undefined;
        const deleted: string[] = [];
        if (req.type === 'delete') {
          req.keys.forEach((key, i) => {
            if (!failed(i)) deleted.push(String(key));
          });
        } else if (rangeKeys) {
          for (const key of rangeKeys) deleted.push(String(key));
        }
        if (deleting && !replacing.has(req.trans) && settingsCore) {
          const at = new Date().toISOString();
          const rows = cleared
            ? [{ key: CLEARED + table, value: at }]
            : deleted.map((id) => ({ key: DELETED + docIdOf(table, id), value: at }));
          if (rows.length > 0) await settingsCore.mutate({ trans: req.trans, type: 'put', values: rows });
        }
        if (!listening) return res;
        const change = changesOf(req.trans, table);
        if (req.type === 'add' || req.type === 'put') {
          req.values.forEach((value, i) => {
            if (!failed(i)) change.puts.push(structuredClone(value) as SyncRecord);
          });
        } else {
          change.deletes.push(...deleted);
        }
        return res;
      },
    };
  }

  /** `settings` cleared whole: the transaction is a restore (see above). */
  function watchSettings(down: DBCoreTable): DBCoreTable {
    return {
      ...down,
      mutate(req: DBCoreMutateRequest) {
        if (req.type === 'deleteRange' && req.range.type === WHOLE_RANGE) replacing.add(req.trans);
        return down.mutate(req);
      },
    };
  }

  db.use({
    stack: 'dbcore',
    name: 'profproba-sync-feed',
    create(down: DBCore): DBCore {
      settingsCore = down.table('settings');
      return {
        ...down,
        // Every read-write transaction over a synced table may note deletions in the outbox (`settings`).
        transaction(stores, mode, options) {
          const widen = mode === 'readwrite' && !stores.includes('settings') && stores.some(isSyncedTable);
          return down.transaction(widen ? [...stores, 'settings'] : stores, mode, options);
        },
        table(name: string) {
          const table = down.table(name);
          if (name === 'settings') return watchSettings(table);
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
