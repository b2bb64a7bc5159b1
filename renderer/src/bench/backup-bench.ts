import { RECORD_BYTES, RECORD_HEAD_BYTES } from '@shared/backup/stream';
import { db } from '../db';
import { createBackup } from '../db/backup/export-backup';
import { checkBackup, decodeBackup, openBackupFile, replaceDatabase } from '../db/backup/restore-backup';

/**
 * B11 (issue 17): a backup of the seeded venue-year plus consent scans of 2 MB, written as the app writes it
 * (format 3, streamed, encrypted). bench/run.mjs samples the page's JS heap over CDP while it runs; the floor is
 * the heap before it started plus the largest single piece a streaming backup must hold at once.
 */

const SCAN_BYTES = 2 * 1024 * 1024;

/** Random bytes, incompressible like a photographed consent (getRandomValues fills at most 64 KiB a call). */
function randomBytes(length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i += 65536)
    crypto.getRandomValues(out.subarray(i, Math.min(length, i + 65536)));
  return out;
}

/**
 * Gives `count` consents of the seeded year, from the `offset`-th on, a 2 MB scan (Blobs in IndexedDB, as the app
 * stores them); bench/run.mjs calls it in steps so a long run reports its progress.
 */
async function addScans(count: number, offset = 0): Promise<number> {
  const consents = await db.consents.orderBy('id').offset(offset).limit(count).toArray();
  for (const c of consents) {
    const blob = new Blob([randomBytes(SCAN_BYTES) as BlobPart], { type: 'image/jpeg' });
    await db.consents.update(c.id, { scan: { name: `scan-${c.id}.jpg`, type: 'image/jpeg', blob } });
  }
  return consents.length;
}

/**
 * One backup, timed. `largestChunk` is what the streaming writer must hold at once in the worst place: one scan
 * as its bytes and as base64 in its NDJSON row, plus one sealed record (1 MiB of gzip, its frame and tag).
 */
async function backupOnce(): Promise<{ ms: number; bytes: number; largestChunk: number }> {
  const start = performance.now();
  const { file } = await createBackup({ appVersion: 'bench', password: 'bench', iterations: 1000 });
  const ms = performance.now() - start;
  let scanBytes = 0;
  await db.consents.each((c) => {
    if (c.scan) scanBytes = Math.max(scanBytes, c.scan.blob.size);
  });
  return {
    ms,
    bytes: file.size,
    largestChunk: scanBytes + Math.ceil(scanBytes / 3) * 4 + RECORD_BYTES + RECORD_HEAD_BYTES + 16,
  };
}

/**
 * The restore of a backup as the app runs it on a file (record by record from the Blob, checked, decoded,
 * validated, written in one transaction), timed: `prepareRestore` makes the file first, so bench/run.mjs samples
 * the heap during `restoreOnce` only.
 */
let pendingFile: Blob | null = null;
async function prepareRestore(): Promise<number> {
  pendingFile = (await createBackup({ appVersion: 'bench', password: 'bench', iterations: 1000 })).file;
  return pendingFile.size;
}

async function restoreOnce(): Promise<{ ms: number }> {
  const file = pendingFile;
  pendingFile = null;
  if (!file) throw new Error('prepareRestore first');
  const start = performance.now();
  const opened = await openBackupFile('bench.profproba-backup', file);
  await checkBackup(opened);
  await replaceDatabase(await decodeBackup(opened, 'bench'));
  return { ms: performance.now() - start };
}

export const backupBench = { addScans, backupOnce, prepareRestore, restoreOnce };
