import type { Transaction } from 'dexie';

/**
 * Schema version 2: what replication between PCs, reconciliation with the platform and retention need.
 * - `journal` replaces `auditLog`: version 1's auto-increment key cannot be merged across PCs (two PCs both
 *   write entry 5), and IndexedDB cannot change a store's key, so the entries move to a new store keyed by a
 *   device-unique string and the old store is deleted.
 * - `platformTrials`: the trials the federal platform records per pupil (issue «Сверка с платформой»).
 * - `conflicts`: records two PCs changed independently, both versions kept for a person to choose.
 * - `consents.validUntil`: lapsed consents are found by the index instead of a scan of every consent.
 */
export const V2_STORES = {
  auditLog: null,
  journal: 'id, at, action',
  platformTrials: 'id, participantId, platformId, exportedOn',
  conflicts: 'id, at, table, recordId',
  consents: 'id, participantId, [participantId+kind], validUntil',
} as const;

interface V1AuditRow {
  id: number;
  [field: string]: unknown;
}

/**
 * Carries every version-1 audit entry into `journal`, keyed `<device>:v1-<n>` (padded so the keys sort like
 * the old numbers). `<device>` is random per database: two PCs that both upgrade keep distinct keys.
 * Dexie deletes `auditLog` only after this function has run, so it can still be read here.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const device = crypto.randomUUID().slice(0, 8);
  const rows = (await tx.table('auditLog').toArray()) as V1AuditRow[];
  await tx
    .table('journal')
    .bulkAdd(rows.map((row) => ({ ...row, id: `${device}:v1-${String(row.id).padStart(10, '0')}` })));
}
