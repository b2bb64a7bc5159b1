import Dexie from 'dexie';
import type { AttendanceMark, AuditEntry, SyncConflict } from '@shared/domain';
import { markConflictEntry, resolveConflict, type Leaf } from '@shared/sync/conflict-rules';
import {
  docIdOf,
  parseDocId,
  recordOf,
  sameRecord,
  SYNCED_TABLES,
  isSyncedTable,
  toDoc,
  type SyncedTable,
  type SyncRecord,
} from '@shared/sync/docs';
import { storedForm } from '@shared/sync/stored-form';
import type { ProfprobaDb } from '../db';
import {
  changeFeedOf,
  OUTBOX_PREFIX,
  parseOutboxKey,
  type ChangeFeed,
  type CommittedChange,
} from './change-feed';

/**
 * The sync engine of one PC: it mirrors every committed change of the synced tables into a local PouchDB (the
 * outgoing side, fed by the change feed) and applies every document that arrives in the local PouchDB from the
 * venue's server to Dexie (the incoming side). Replication between the local PouchDB and the server is
 * PouchDB's own (`connect`).
 *
 * Echo guard: a document this PC wrote is never applied back (its revision is remembered), a document whose
 * record equals the stored one is not applied, and the writes of an incoming batch are marked on the change
 * feed so they are not mirrored out again.
 *
 * Whole or nothing: the documents of one batch of the local changes feed are applied in one Dexie transaction,
 * together with the sequence number they reach (`sync.appliedSeq`, a per-PC setting), so after a crash or a
 * lost connection the engine resumes exactly after the last batch it applied.
 */

export const APPLIED_SEQ_KEY = 'sync.appliedSeq';
const BATCH = 250;

export interface EngineStats {
  /** Local changes mirrored into the local PouchDB and not yet pushed to the server. */
  unsent: number;
}

export class SyncEngine {
  private readonly feed: ChangeFeed;
  private readonly ownRevs = new Set<string>();
  private readonly unsentIds = new Set<string>();
  private outQueue: CommittedChange[] = [];
  private outChain: Promise<void> = Promise.resolve();
  private inChain: Promise<void> = Promise.resolve();
  private inScheduled = false;
  private unsubscribe: (() => void) | null = null;
  private liveChanges: Pouch.ChangesFeed | null = null;
  private listeners = new Set<() => void>();
  /** The last failure of the incoming or outgoing side (a bug or a full disk), for the status line. */
  lastError: unknown = null;

  constructor(
    private readonly db: ProfprobaDb,
    readonly local: Pouch.Database,
  ) {
    const feed = changeFeedOf(db);
    if (!feed) throw new Error('the change feed is not attached to this database');
    this.feed = feed;
  }

  /** Starts mirroring local writes out and applying incoming documents. */
  start(): void {
    if (this.unsubscribe) return;
    this.unsubscribe = this.feed.subscribe((changes) => {
      this.outQueue.push(...changes);
      for (const c of changes) {
        for (const r of c.puts) this.unsentIds.add(docIdOf(c.table, r.id));
        for (const id of c.deletes) this.unsentIds.add(docIdOf(c.table, id));
      }
      this.scheduleOut();
      this.emit();
    });
    this.liveChanges = this.local.changes({ since: 'now', live: true, return_docs: false });
    this.liveChanges.on('change', () => this.scheduleIn());
    this.scheduleIn();
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.liveChanges?.cancel();
    this.liveChanges = null;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }

  get stats(): EngineStats {
    return { unsent: this.unsentIds.size };
  }

  /** The replication pushed these documents to the server. */
  markSent(docIds: Iterable<string>): void {
    let changed = false;
    for (const id of docIds) changed = this.unsentIds.delete(id) || changed;
    if (changed) this.emit();
  }

  /** Resolves when every local change seen so far is in the local PouchDB and every incoming one is applied. */
  async idle(): Promise<void> {
    for (;;) {
      const out = this.outChain;
      const inc = this.inChain;
      await out;
      await inc;
      if (out === this.outChain && inc === this.inChain && this.outQueue.length === 0) return;
    }
  }

  // ——— outgoing ———

  private scheduleOut(): void {
    this.outChain = this.outChain.then(async () => {
      const batch = this.outQueue.splice(0);
      if (batch.length === 0) return;
      try {
        await this.writeOut(batch);
        if (batch.some((c) => c.deletes.length > 0)) await this.flushOutbox();
      } catch (error) {
        this.lastError = error;
        this.emit();
      }
    });
  }

  /**
   * Writes every record of the synced tables into the local PouchDB (a PC that merges its own data on its first
   * connection). Records already there unchanged are skipped.
   */
  async mirrorAll(onProgress?: (done: number, total: number) => void): Promise<number> {
    const counts = await Promise.all(SYNCED_TABLES.map((t) => this.db.table(t).count()));
    const total = counts.reduce((a, b) => a + b, 0);
    let done = 0;
    for (const table of SYNCED_TABLES) {
      let offset = 0;
      for (;;) {
        const rows = (await this.db.table(table).offset(offset).limit(1000).toArray()) as SyncRecord[];
        if (rows.length === 0) break;
        await this.writeOut([{ table, puts: rows, deletes: [] }]);
        for (const r of rows) this.unsentIds.add(docIdOf(table, r.id));
        offset += rows.length;
        done += rows.length;
        onProgress?.(done, total);
      }
    }
    await this.flushOutbox();
    this.emit();
    return total;
  }

  /**
   * Turns the deletions noted in the outbox (change-feed.ts) into tombstones in the local PouchDB, then removes
   * the rows — each only if it was not noted again meanwhile. A record that exists again (deleted, then written
   * anew) is not deleted; a cleared table deletes the documents of the records it no longer holds.
   */
  async flushOutbox(): Promise<void> {
    const rows = await this.db.settings.where('key').startsWith(OUTBOX_PREFIX).toArray();
    if (rows.length === 0) return;
    const gone = new Map<SyncedTable, Set<string>>();
    const note = (table: SyncedTable, id: string) => {
      let ids = gone.get(table);
      if (!ids) gone.set(table, (ids = new Set()));
      ids.add(id);
    };
    for (const row of rows) {
      const entry = parseOutboxKey(row.key);
      if (entry?.kind === 'deleted') {
        const parsed = parseDocId(entry.docId);
        if (parsed) note(parsed.table, parsed.id);
      } else if (entry?.kind === 'cleared' && isSyncedTable(entry.table)) {
        const docs = await this.local.allDocs({
          startkey: `${entry.table}:`,
          endkey: `${entry.table}:\ufff0`,
        });
        for (const r of docs.rows) {
          const parsed = parseDocId(r.id);
          if (parsed) note(parsed.table, parsed.id);
        }
      }
    }
    const changes: CommittedChange[] = [];
    for (const [table, ids] of gone) {
      const candidates = [...ids];
      const stored = await this.db.table(table).bulkGet(candidates);
      const deletes = candidates.filter((_, i) => stored[i] === undefined);
      if (deletes.length > 0) changes.push({ table, puts: [], deletes });
    }
    if (changes.length > 0) {
      for (const id of await this.writeOut(changes)) this.unsentIds.add(id);
    }
    await this.db.transaction('rw', this.db.settings, async () => {
      const now = await this.db.settings.bulkGet(rows.map((r) => r.key));
      await this.db.settings.bulkDelete(rows.filter((r, i) => now[i]?.value === r.value).map((r) => r.key));
    });
    this.emit();
  }

  /** Returns the ids of the documents written. */
  private async writeOut(changes: readonly CommittedChange[]): Promise<string[]> {
    const written: string[] = [];
    // The last change of a record wins within the batch.
    const wanted = new Map<string, { table: SyncedTable; record: SyncRecord | null }>();
    for (const c of changes) {
      for (const record of c.puts) wanted.set(docIdOf(c.table, record.id), { table: c.table, record });
      for (const id of c.deletes) wanted.set(docIdOf(c.table, id), { table: c.table, record: null });
    }
    const ids = [...wanted.keys()];
    for (let i = 0; i < ids.length; i += 500) {
      let keys = ids.slice(i, i + 500);
      // A 409 means the replication wrote the same document in between: read its revision again.
      for (let attempt = 0; attempt < 5 && keys.length > 0; attempt++) {
        const existing = await this.local.allDocs({ keys, include_docs: true });
        const docs: Pouch.Doc[] = [];
        existing.rows.forEach((row, j) => {
          const id = keys[j]!;
          const { table, record } = wanted.get(id)!;
          const living = row.value && !row.value.deleted ? row : null;
          if (record === null) {
            if (living) docs.push({ _id: id, _rev: living.value.rev, _deleted: true });
            return;
          }
          if (living?.doc && sameRecord(living.doc.data, record)) return;
          const doc: Pouch.Doc = { ...toDoc(table, record) };
          if (living) doc._rev = living.value.rev;
          docs.push(doc);
        });
        if (docs.length === 0) break;
        const results = await this.local.bulkDocs(docs);
        const retry: string[] = [];
        for (const r of results) {
          if (r.ok || (r.rev && !r.error)) {
            this.ownRevs.add(`${r.id}@${r.rev}`);
            written.push(r.id);
          } else if (r.status === 409) retry.push(r.id);
          else throw new Error(`local mirror refused ${r.id}: ${String(r.name ?? r.error)}`);
        }
        keys = retry;
      }
    }
    return written;
  }

  // ——— incoming ———

  private scheduleIn(): void {
    if (this.inScheduled) return;
    this.inScheduled = true;
    this.inChain = this.inChain.then(async () => {
      this.inScheduled = false;
      try {
        await this.applyIncoming();
      } catch (error) {
        this.lastError = error;
        this.emit();
      }
    });
  }

  private async appliedSeq(): Promise<number | string> {
    const row = await this.db.settings.get(APPLIED_SEQ_KEY);
    return typeof row?.value === 'number' || typeof row?.value === 'string' ? row.value : 0;
  }

  /** Applies every document of the local PouchDB newer than the last applied sequence, batch by batch. */
  async applyIncoming(): Promise<void> {
    let since = await this.appliedSeq();
    for (;;) {
      const res = await this.local.changes({
        since,
        limit: BATCH,
        include_docs: true,
        conflicts: true,
      });
      if (res.results.length === 0) return;
      await this.applyBatch(res.results, res.last_seq);
      since = res.last_seq;
    }
  }

  private async applyBatch(changes: readonly Pouch.Change[], lastSeq: number | string): Promise<void> {
    interface Put {
      table: SyncedTable;
      record: SyncRecord;
    }
    const puts: Put[] = [];
    const deletes: { table: SyncedTable; id: string }[] = [];
    const journal: AuditEntry[] = [];
    const conflicts: SyncConflict[] = [];
    for (const change of changes) {
      const parsed = parseDocId(change.id);
      const doc = change.doc;
      if (!parsed || !doc) continue;
      if (doc._deleted) {
        deletes.push(parsed);
        continue;
      }
      if (doc._conflicts && doc._conflicts.length > 0) {
        const resolved = await this.resolve(parsed.table, doc);
        if (resolved) {
          puts.push({ table: parsed.table, record: storedForm(parsed.table, resolved.keep) });
          journal.push(...resolved.journal);
          conflicts.push(...resolved.conflicts);
        }
        continue;
      }
      if (this.ownRevs.has(`${doc._id}@${doc._rev}`)) continue;
      const record = recordOf(doc as { _id: string });
      // Stored as this PC stores its own writes (a participant's keys by this version's rule), so a document
      // from a PC on an older version is found by the same indexes.
      if (record) puts.push({ table: parsed.table, record: storedForm(parsed.table, record) });
    }
    const tables = [...new Set([...puts.map((p) => p.table), ...deletes.map((d) => d.table)])];
    await this.db.transaction(
      'rw',
      [...tables.map((t) => this.db.table(t)), this.db.settings, this.db.journal, this.db.conflicts],
      async (tx) => {
        this.feed.applying(tx.idbtrans);
        for (const table of tables) {
          const mine = puts.filter((p) => p.table === table).map((p) => p.record);
          const gone = deletes.filter((d) => d.table === table).map((d) => d.id);
          const t = this.db.table(table);
          if (mine.length > 0) {
            const stored = (await t.bulkGet(mine.map((r) => r.id))) as (SyncRecord | undefined)[];
            const changed = mine.filter((r, i) => !sameRecord(stored[i], r));
            if (changed.length > 0) await this.putKeepingConstraints(table, changed, stored, conflicts);
          }
          if (gone.length > 0) await t.bulkDelete(gone);
        }
        if (journal.length > 0) await this.db.journal.bulkPut(journal);
        if (conflicts.length > 0) await this.db.conflicts.bulkPut(conflicts);
        await this.db.settings.put({ key: APPLIED_SEQ_KEY, value: lastSeq });
      },
    );
    if (puts.length + deletes.length > 0) this.emit();
  }

  /**
   * Puts incoming records; one that breaks a unique index (the same pupil enrolled in the same group on two PCs
   * under two ids, a certificate number taken twice) is not stored and is listed as a conflict instead, so the
   * rest of the batch still applies.
   */
  private async putKeepingConstraints(
    table: SyncedTable,
    records: SyncRecord[],
    _stored: (SyncRecord | undefined)[],
    conflicts: SyncConflict[],
  ): Promise<void> {
    try {
      await this.db.table(table).bulkPut(records);
    } catch (error) {
      if (!(error instanceof Dexie.BulkError)) throw error;
      const now = new Date().toISOString();
      for (const index of Object.keys(error.failuresByPos)) {
        const record = records[Number(index)]!;
        conflicts.push({
          id: `${docIdOf(table, record.id)}:refused`,
          at: now,
          table,
          recordId: record.id,
          kept: null,
          other: record,
          resolvedAt: null,
        });
      }
    }
  }

  /**
   * Resolves a document with conflicting revisions by the domain's rule (shared/sync/conflict-rules.ts): the
   * losing revisions are deleted in the local PouchDB (the deletions replicate, so the server and the other PCs
   * end with the same single leaf), a lost mark is written to the journal as a document too (so a PC that only
   * sees the resolved document still gets the entry), and a lost record is listed in this PC's conflicts.
   */
  private async resolve(
    table: SyncedTable,
    doc: Pouch.Doc,
  ): Promise<{ keep: SyncRecord; journal: AuditEntry[]; conflicts: SyncConflict[] } | null> {
    const winnerRecord = recordOf(doc as { _id: string });
    if (!winnerRecord) return null;
    const winner: Leaf = { rev: doc._rev!, record: winnerRecord };
    const losers: Leaf[] = [];
    for (const rev of doc._conflicts ?? []) {
      const leafDoc = await this.local.get(doc._id, { rev });
      const record = recordOf(leafDoc as { _id: string });
      if (record) losers.push({ rev, record });
    }
    const resolution = resolveConflict(table, winner, losers);
    const writes: Pouch.Doc[] = resolution.drop.map((leaf) => ({
      _id: doc._id,
      _rev: leaf.rev,
      _deleted: true,
    }));
    const journal: AuditEntry[] = [];
    const conflicts: SyncConflict[] = [];
    for (const lost of resolution.drop) {
      if (sameRecord(lost.record, resolution.keep.record)) continue;
      if (resolution.kind === 'mark') {
        const entry = markConflictEntry(
          resolution.keep.record as unknown as AttendanceMark,
          lost.record as unknown as AttendanceMark,
          lost.rev,
        );
        journal.push(entry);
        writes.push({ ...toDoc('journal', entry as unknown as SyncRecord) });
      } else {
        conflicts.push({
          id: `${doc._id}:${lost.rev}`,
          at: new Date().toISOString(),
          table,
          recordId: resolution.keep.record.id,
          kept: resolution.keep.record,
          other: lost.record,
          resolvedAt: null,
        });
      }
    }
    const results = await this.local.bulkDocs(writes);
    for (const r of results) {
      // A journal entry another PC already wrote (409) is the same entry: nothing to do.
      if (r.rev && !r.error) this.ownRevs.add(`${r.id}@${r.rev}`);
    }
    return { keep: resolution.keep.record, journal, conflicts };
  }
}
