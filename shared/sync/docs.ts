/**
 * How a record of the app's database travels as a CouchDB document (docs/sync.md). Pure: used by the sync
 * module in the renderer, its tests and the benchmark.
 *
 * A document is `{ _id: '<table>:<id>', table, data }`: the record whole, under `data`, so a record's fields
 * never meet CouchDB's reserved `_` names and another program (a regional centre's CouchDB) can read it.
 */

/**
 * The tables that replicate between the PCs of a venue. Left out on purpose: `settings` (per-PC: window, backup
 * folder, the sync password itself, the last applied change), `certificateCounters` (numbers are taken from the
 * server's counter document instead, see `certificate-counter.ts`) and `conflicts` (each PC's own list of what it
 * resolved). `platformTrials` (schema v2–v4: a document per platform record) was replaced by `platformExportParts`
 * (schema v5: a document per 1 000 records): its documents, still on the server or sent by a PC not yet updated,
 * are not a synced table's any more, so `parseDocId` and `recordOf` give null and they are skipped, never applied.
 */
export const SYNCED_TABLES = [
  'venue',
  'programs',
  'mentors',
  'places',
  'schools',
  'participants',
  'consents',
  'groups',
  'sessions',
  'enrollments',
  'attendance',
  'certificates',
  'journal',
  'platformExportParts',
  'importProfiles',
] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];

const SYNCED = new Set<string>(SYNCED_TABLES);

export function isSyncedTable(table: string): table is SyncedTable {
  return SYNCED.has(table);
}

/**
 * The one document that says «this is a ПрофПроба database» (written by the first PC that connects). A database
 * with documents but without it belongs to another application, and the app refuses to replicate with it.
 */
export const META_DOC_ID = 'profproba:meta';
export const META_APP = 'profproba';

export interface MetaDoc {
  _id: typeof META_DOC_ID;
  _rev?: string;
  app: typeof META_APP;
  /** The data's format, so a later app version can refuse an older or newer one. */
  format: 1;
}

export function metaDoc(): MetaDoc {
  return { _id: META_DOC_ID, app: META_APP, format: 1 };
}

export function isMetaDoc(doc: unknown): boolean {
  return (
    typeof doc === 'object' &&
    doc !== null &&
    (doc as { _id?: unknown })._id === META_DOC_ID &&
    (doc as { app?: unknown }).app === META_APP
  );
}

export type SyncRecord = Record<string, unknown> & { id: string };

export interface RecordDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  table: SyncedTable;
  data: SyncRecord;
}

export function docIdOf(table: SyncedTable, id: string): string {
  return `${table}:${id}`;
}

/** The table and record id of a document id, or null for a document that is not a record (the meta doc). */
export function parseDocId(docId: string): { table: SyncedTable; id: string } | null {
  const colon = docId.indexOf(':');
  if (colon <= 0) return null;
  const table = docId.slice(0, colon);
  const id = docId.slice(colon + 1);
  if (!isSyncedTable(table) || id === '') return null;
  return { table, id };
}

/** The document of a record (without `_rev`: the mirror adds the revision it replaces). */
export function toDoc(table: SyncedTable, record: SyncRecord): RecordDoc {
  return { _id: docIdOf(table, record.id), table, data: record };
}

/**
 * The record a document carries, or null when the document is not a record of a synced table or its `data` does
 * not belong to its id (a damaged or foreign document is never applied).
 */
export function recordOf(doc: { _id: string; table?: unknown; data?: unknown }): SyncRecord | null {
  const parsed = parseDocId(doc._id);
  if (!parsed || doc.table !== parsed.table) return null;
  const data = doc.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  if ((data as { id?: unknown }).id !== parsed.id) return null;
  return data as SyncRecord;
}

/**
 * Deep equality of two records as JSON values (keys in any order). The echo guard's second line: a document
 * whose record equals what the PC already holds is not applied again, and a record equal to its document is not
 * sent again.
 */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => sameRecord(v, bb[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameRecord((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
