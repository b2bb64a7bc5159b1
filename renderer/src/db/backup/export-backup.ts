import type { IndexableType, Table } from 'dexie';
import { RuleError } from '@shared/errors';
import { encodeBackup, type BackupChunk, type BackupLock } from '@shared/backup/format';
import { db as defaultDb, SCHEMA_VERSION, type ProfprobaDb } from '../index';
import { CHUNK_SIZE, throwIfCancelled, type ProgressListener } from './progress';
import { scansToFile } from './scans';

export interface BackupResult {
  bytes: Uint8Array;
  createdAt: string;
  counts: Record<string, number>;
}

function primaryKeyOf(table: Table, row: unknown): IndexableType {
  const keyPath = table.schema.primKey.keyPath;
  if (typeof keyPath !== 'string') throw new RuleError('settings.backupCompositeKey', { table: table.name });
  return (row as Record<string, IndexableType>)[keyPath]!;
}

/**
 * Reads every table of the database table by table, in pages by primary key, inside ONE read transaction so
 * the copy is a consistent snapshot even if something writes meanwhile.
 */
export async function readAllTables(
  db: ProfprobaDb = defaultDb,
  onProgress?: ProgressListener,
  signal?: AbortSignal,
): Promise<BackupChunk[]> {
  return db.transaction('r', db.tables, async () => {
    const counts = await Promise.all(db.tables.map((t) => t.count()));
    const total = counts.reduce((a, b) => a + b, 0);
    const chunks: BackupChunk[] = [];
    let done = 0;
    onProgress?.({ phase: 'read', done, total });
    for (const table of db.tables) {
      let lastKey: IndexableType | undefined;
      for (;;) {
        throwIfCancelled(signal);
        const rows: unknown[] =
          lastKey === undefined
            ? await table.orderBy(':id').limit(CHUNK_SIZE).toArray()
            : await table.where(':id').above(lastKey).limit(CHUNK_SIZE).toArray();
        if (rows.length === 0) break;
        chunks.push({ table: table.name, rows });
        done += rows.length;
        onProgress?.({ phase: 'read', table: table.name, done, total });
        if (rows.length < CHUNK_SIZE) break;
        lastKey = primaryKeyOf(table, rows[rows.length - 1]);
      }
    }
    return chunks;
  });
}

/** The whole database as a backup file (optionally encrypted). Does not save it anywhere. */
export async function createBackup({
  db = defaultDb,
  appVersion,
  password,
  lock,
  onProgress,
  now = new Date(),
  iterations,
  signal,
}: {
  db?: ProfprobaDb;
  appVersion: string;
  password?: string;
  /** The app's own copies: the venue password key and this PC's protection (backup-keys.ts). */
  lock?: BackupLock;
  onProgress?: ProgressListener;
  now?: Date;
  /** Tests only. */
  iterations?: number;
  /** «Прервать»: stops between chunks with Cancelled; nothing is written anywhere. */
  signal?: AbortSignal;
}): Promise<BackupResult> {
  // Consent scans are Blobs in the database and base64 in the file (docs/backup-format.md).
  const chunks = await scansToFile(await readAllTables(db, onProgress, signal));
  throwIfCancelled(signal);
  onProgress?.({ phase: 'encode', done: 0, total: 1 });
  const createdAt = now.toISOString();
  const tableNames = db.tables.map((t) => t.name);
  const bytes = await encodeBackup(
    { appVersion, schemaVersion: SCHEMA_VERSION, createdAt, chunks, password, lock, iterations },
    tableNames,
  );
  onProgress?.({ phase: 'encode', done: 1, total: 1 });
  const counts: Record<string, number> = Object.fromEntries(tableNames.map((t) => [t, 0]));
  for (const c of chunks) counts[c.table] = (counts[c.table] ?? 0) + c.rows.length;
  return { bytes, createdAt, counts };
}
