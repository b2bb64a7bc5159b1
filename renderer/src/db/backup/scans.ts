import { fromBase64, toBase64 } from '@shared/backup/bytes';
import type { BackupChunk } from '@shared/backup/format';
import type { StoredFile } from '@shared/domain';

/** A consent's scan as a schema-v3 backup file holds it: the bytes as base64 in the NDJSON line. */
export interface FileScan {
  name: string;
  type: string;
  base64: string;
}

interface WithScan {
  scan: unknown;
}

function hasBlobScan(row: unknown): row is { scan: StoredFile } {
  const scan = (row as WithScan | null)?.scan;
  return typeof scan === 'object' && scan !== null && (scan as { blob?: unknown }).blob instanceof Blob;
}

function hasFileScan(row: unknown): row is { scan: FileScan } {
  const scan = (row as WithScan | null)?.scan;
  return (
    typeof scan === 'object' && scan !== null && typeof (scan as { base64?: unknown }).base64 === 'string'
  );
}

/** One consent row with its Blob scan as base64 (the row itself when it has none). */
export async function scanToFile(row: unknown): Promise<unknown> {
  if (!hasBlobScan(row)) return row;
  const { name, type, blob } = row.scan;
  const scan: FileScan = { name, type, base64: toBase64(new Uint8Array(await blob.arrayBuffer())) };
  return { ...row, scan };
}

/**
 * The consents' Blob scans as base64 for the backup file. Runs after the read transaction has ended: reading a
 * Blob's bytes is not an IndexedDB request, and awaiting it inside the transaction would let it commit.
 */
export async function scansToFile(chunks: BackupChunk[]): Promise<BackupChunk[]> {
  const out: BackupChunk[] = [];
  for (const chunk of chunks) {
    if (chunk.table !== 'consents') {
      out.push(chunk);
      continue;
    }
    const rows: unknown[] = [];
    for (const row of chunk.rows) {
      if (!hasBlobScan(row)) {
        rows.push(row);
        continue;
      }
      const { name, type, blob } = row.scan;
      const scan: FileScan = { name, type, base64: toBase64(new Uint8Array(await blob.arrayBuffer())) };
      rows.push({ ...row, scan });
    }
    out.push({ table: chunk.table, rows });
  }
  return out;
}

/** The base64 scans of a restored backup as Blobs again (after the records passed their schemas). */
export function scansFromFile(tables: Map<string, unknown[]>): Map<string, unknown[]> {
  const consents = tables.get('consents');
  if (!consents) return tables;
  const out = new Map(tables);
  out.set(
    'consents',
    consents.map((row) => {
      if (!hasFileScan(row)) return row;
      const { name, type, base64 } = row.scan;
      const scan: StoredFile = { name, type, blob: new Blob([fromBase64(base64) as BlobPart], { type }) };
      return { ...row, scan };
    }),
  );
  return out;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** The schema's limit on a scan's base64 (record-schemas.ts): 20 MB of file. */
const MAX_SCAN_BASE64 = Math.ceil((20 * 1024 * 1024) / 3) * 4;

/**
 * One consent row of a file with its base64 scan turned into a Blob as soon as the row is parsed, so a restore
 * keeps the scans as Blobs (outside the JS heap in a browser) rather than as text while the rows wait for the
 * write transaction. A scan that is not well-formed base64 within the limit stays text: the record check then
 * refuses it with its table, id and field.
 */
export function scanRowFromFile(table: string, row: Record<string, unknown>): unknown {
  if (table !== 'consents' || !hasFileScan(row)) return row;
  const { name, type, base64 } = row.scan;
  if (base64.length > MAX_SCAN_BASE64 || !BASE64.test(base64)) return row;
  const scan: StoredFile = { name, type, blob: new Blob([fromBase64(base64) as BlobPart], { type }) };
  return { ...row, scan };
}
