import Dexie, { type IndexableType, type Table } from 'dexie';
import { RuleError } from '@shared/errors';
import type { BackupChunk, BackupLock } from '@shared/backup/format';
import { openStreamWriter, streamKeys } from '@shared/backup/stream';
import { db as defaultDb, SCHEMA_VERSION, type ProfprobaDb } from '../index';
import { CHUNK_SIZE, throwIfCancelled, type ProgressListener } from './progress';
import { scanToFile } from './scans';

export interface BackupResult {
  /** The file, made of the records' Blob parts (not held in the JS heap as one buffer). */
  file: Blob;
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

/** Rows per NDJSON line are cut when the line reaches this size (the format allows any split of a table). */
const LINE_BYTES = 256 * 1024;

/**
 * The whole database as a backup file (format 3, docs/backup-format.md §8), optionally encrypted; does not save
 * it anywhere. Streams: the tables are read in pages by primary key inside ONE read transaction (a consistent
 * snapshot), each row (a consent's scan turned to base64 one at a time) goes into an NDJSON line, the lines
 * through gzip into 1 MiB records, each sealed and kept as a Blob part. So the JS heap holds one page of rows,
 * one scan and one record at a time, never the database; the file is a Blob made of those parts.
 */
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
  const createdAt = now.toISOString();
  const fullLock: BackupLock = { ...lock, iterations: iterations ?? lock?.iterations };
  if (password) fullLock.password = password;
  // PBKDF2 before the read transaction: it is slow and not an IndexedDB request.
  const keys = await streamKeys(fullLock);
  const parts: Blob[] = [];
  const sink = async (part: Uint8Array) => {
    parts.push(new Blob([part as BlobPart]));
  };
  const encoder = new TextEncoder();
  // Work that is not an IndexedDB request would let the read transaction commit: Dexie.waitFor keeps it open.
  const wait = <T>(work: Promise<T>) => Dexie.waitFor(work);

  const counts = await db.transaction('r', db.tables, async () => {
    const tableCounts = await Promise.all(db.tables.map((t) => t.count()));
    const counts: Record<string, number> = Object.fromEntries(
      db.tables.map((t, i) => [t.name, tableCounts[i]!]),
    );
    const total = tableCounts.reduce((a, b) => a + b, 0);
    const writer = await wait(
      openStreamWriter({ appVersion, schemaVersion: SCHEMA_VERSION, createdAt, counts }, keys, sink),
    );
    let done = 0;
    onProgress?.({ phase: 'read', done, total });
    for (const table of db.tables) {
      let line: string[] = [];
      let lineLength = 0;
      const flush = async () => {
        if (line.length === 0) return;
        const text = `{"table":${JSON.stringify(table.name)},"rows":[${line.join(',')}]}\n`;
        line = [];
        lineLength = 0;
        await wait(writer.writeLine(encoder.encode(text)));
      };
      let lastKey: IndexableType | undefined;
      for (;;) {
        throwIfCancelled(signal);
        const rows: unknown[] =
          lastKey === undefined
            ? await table.orderBy(':id').limit(CHUNK_SIZE).toArray()
            : await table.where(':id').above(lastKey).limit(CHUNK_SIZE).toArray();
        if (rows.length === 0) break;
        for (const row of rows) {
          // Consent scans are Blobs in the database and base64 in the file (docs/backup-format.md §3).
          const json = JSON.stringify(table.name === 'consents' ? await wait(scanToFile(row)) : row);
          line.push(json);
          lineLength += json.length;
          if (lineLength >= LINE_BYTES) await flush();
        }
        done += rows.length;
        onProgress?.({ phase: 'read', table: table.name, done, total });
        if (rows.length < CHUNK_SIZE) break;
        lastKey = primaryKeyOf(table, rows[rows.length - 1]);
      }
      await flush();
    }
    onProgress?.({ phase: 'encode', done: 0, total: 1 });
    await wait(writer.finish());
    onProgress?.({ phase: 'encode', done: 1, total: 1 });
    return counts;
  });
  return { file: new Blob(parts, { type: 'application/octet-stream' }), createdAt, counts };
}
