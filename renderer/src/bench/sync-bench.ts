import { db, ProfprobaDb } from '../db';
import { BrowserPouch } from '../sync/browser-pouch';
import { attachChangeFeed } from '../sync/change-feed';
import { SyncEngine } from '../sync/engine';
import { localName, SyncService, type PouchFactory } from '../sync/service';

/**
 * B7 (issue 19): PC A is this page's database (the seeded venue-year), PC B a second, empty database in the
 * same page; both replicate with the in-process CouchDB-compatible server that bench/run.mjs starts. The floor
 * is PouchDB alone replicating the same documents from the server into an empty local PouchDB.
 */

const run = Date.now();
/** The last local mirror each PC opened, for the phases of B7b. */
const locals = new Map<string, Pouch.Database>();
/** One PC's PouchDBs: its local mirror is named after the server, so each PC needs its own prefix. */
function pcFactory(pc: string): PouchFactory {
  return {
    local: (name) => {
      const local = new BrowserPouch(`bench-${run}-${pc}-${name}`, { adapter: 'idb' });
      locals.set(pc, local);
      return local;
    },
    remote: (url, auth) => new BrowserPouch(url, { adapter: 'http', skip_setup: true, auth }),
  };
}
const factory = pcFactory('floor');
let a: SyncService | null = null;
let b: SyncService | null = null;
let bDb: ProfprobaDb | null = null;

interface Target {
  url: string;
  database: string;
}

const configA = ({ url, database }: Target) => ({ url, database, user: 'pca', enabled: true });

/**
 * A's records into A's local mirror, without replication (not timed). The runner then reads the mirror's
 * documents (`syncMirrorDocs`) and bulk-loads them into the server as they are, revisions included: pushing a
 * venue-year of 140 000 documents through the page took longer than the whole figure.
 */
async function syncMirrorA(target: Target): Promise<number> {
  const local = pcFactory('a').local(localName(configA(target)));
  return new SyncEngine(db, local).mirrorAll();
}

/** One page of A's local mirror, documents with their revisions. */
async function syncMirrorDocs(skip: number, limit: number): Promise<Pouch.Doc[]> {
  const rows = await locals.get('a')!.allDocs({ include_docs: true, skip, limit });
  return rows.rows.map((r) => r.doc!).filter((d) => d !== undefined);
}

/**
 * A turns sync on over its mirror (not timed): the server already holds every document at the same revision,
 * so the replication only compares revisions. Until both directions rest and the server holds them all.
 */
async function syncPrepare(target: Target): Promise<number> {
  a = new SyncService(pcFactory('a'), db);
  await a.enable(configA(target), 'a', 'merge');
  const remote = factory.remote(`${target.url}/${target.database}`, { username: 'pca', password: 'a' });
  const mirrored = (await locals.get('a')!.info()).doc_count;
  await a.idle();
  while (a.getStatus().phase !== 'synced' || (await remote.info()).doc_count < mirrored) {
    await new Promise((r) => setTimeout(r, 200));
  }
  return (await remote.info()).doc_count;
}

/** The floor: PouchDB alone copies the server's documents into an empty local PouchDB. */
async function syncFloor({ url, database }: Target): Promise<number> {
  const remote = factory.remote(`${url}/${database}`, { username: 'pcb', password: 'b' });
  const local = factory.local(`floor-${Math.random()}`);
  const start = performance.now();
  await local.replicate.from(remote, { batch_size: 500 });
  const ms = performance.now() - start;
  await local.destroy();
  return ms;
}

/** B7a: an empty PC B takes the venue's data from the server, until its Dexie holds every record. */
async function syncFirstCopy({ url, database }: Target): Promise<{ ms: number; records: number }> {
  bDb = new ProfprobaDb(`bench-sync-b-${run}`);
  attachChangeFeed(bDb);
  await bDb.open();
  b = new SyncService(pcFactory('b'), bDb);
  const start = performance.now();
  await b.enable({ url, database, user: 'pcb', enabled: true }, 'b', 'take');
  await b.idle();
  const ms = performance.now() - start;
  let records = 0;
  for (const t of bDb.tables) records += await t.count();
  return { ms, records };
}

/**
 * B7b: 1 000 marks changed on A, until B's database shows every one of them. The phases say where the time
 * goes: A's mirror written, the server holding the marks, B's local PouchDB holding them, B's Dexie showing them.
 */
async function syncMarks(
  count: number,
  { url, database }: Target,
): Promise<{ ms: number; seen: number; phases: Record<string, number> }> {
  if (!bDb || !a) throw new Error('first copy first');
  const remote = factory.remote(`${url}/${database}`, { username: 'pca', password: 'a' });
  const bLocal = locals.get('b')!;
  const marks = await db.attendance.limit(count).toArray();
  const stamp = new Date().toISOString();
  const seqOf = async (p: Pouch.Database) => Number(String((await p.info()).update_seq).split('-')[0]);
  const serverFrom = await seqOf(remote);
  const bFrom = await seqOf(bLocal);
  const phases: Record<string, number> = {};
  const start = performance.now();
  await db.attendance.bulkPut(marks.map((m) => ({ ...m, note: `B7 ${stamp}`, updatedAt: stamp })));
  void a.idle().then(() => (phases.mirrorA = performance.now() - start));
  const ids = marks.map((m) => m.id);
  let seen = 0;
  while (performance.now() - start < 60_000) {
    if (phases.server === undefined && (await seqOf(remote)) - serverFrom >= ids.length)
      phases.server = performance.now() - start;
    if (phases.localB === undefined && (await seqOf(bLocal)) - bFrom >= ids.length)
      phases.localB = performance.now() - start;
    const onB = await bDb.attendance.bulkGet(ids);
    seen = onB.filter((m) => m?.updatedAt === stamp).length;
    if (seen === ids.length) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  return { ms: performance.now() - start, seen, phases };
}

async function syncStop(): Promise<void> {
  await a?.disable();
  await b?.disable();
  bDb?.close();
}

export const syncBench = {
  syncMirrorA,
  syncMirrorDocs,
  syncPrepare,
  syncFloor,
  syncFirstCopy,
  syncMarks,
  syncStop,
};
