import type { Transaction } from 'dexie';
import { fromBase64 } from '@shared/backup/bytes';
import type { LegacyStoredFile, StoredFile } from '@shared/domain';

/**
 * Schema version 3: consent scans are stored as Blobs, not data-URL strings. A data URL is a third larger than
 * the file, and IndexedDB keeps a Blob's bytes apart from the record, so listing consents no longer copies every
 * scan into memory. No index changes: the consents store is declared again only to record the version.
 */
export const V3_STORES = {
  consents: 'id, participantId, [participantId+kind], validUntil',
} as const;

/** The bytes a data URL holds (base64 or percent-encoded), as a Blob of its stored type. */
export function legacyScanToBlob(scan: LegacyStoredFile): StoredFile {
  const comma = scan.dataUrl.indexOf(',');
  const meta = scan.dataUrl.slice(0, comma);
  const body = scan.dataUrl.slice(comma + 1);
  const bytes = meta.endsWith(';base64')
    ? fromBase64(body)
    : new TextEncoder().encode(decodeURIComponent(body));
  return { name: scan.name, type: scan.type, blob: new Blob([bytes as BlobPart], { type: scan.type }) };
}

/**
 * Every consent's data-URL scan becomes a Blob of the same bytes. Synchronous per record (decoding base64 and
 * building a Blob need no await), so the upgrade stays one IndexedDB transaction.
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx
    .table('consents')
    .filter((c: { scan: unknown }) => isLegacyScan(c.scan))
    .modify((c: { scan: unknown }) => {
      c.scan = legacyScanToBlob(c.scan as LegacyStoredFile);
    });
}

export function isLegacyScan(scan: unknown): scan is LegacyStoredFile {
  return (
    typeof scan === 'object' && scan !== null && typeof (scan as { dataUrl?: unknown }).dataUrl === 'string'
  );
}
