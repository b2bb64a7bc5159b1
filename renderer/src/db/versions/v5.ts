import type { Transaction } from 'dexie';
import type { Participant, PlatformTrial } from '@shared/domain';
import { newId } from '@shared/domain/common';
import { withKeys } from '@shared/participants/build';
import { sameRecord } from '@shared/sync/docs';
import { partsOfTrials } from '@shared/reconcile/export-parts';

/**
 * Schema version 5: the platform's export is stored in parts of up to 1 000 records (`platformExportParts`)
 * instead of a record per trial (`platformTrials`, deleted). IndexedDB writes each record as a request of its
 * own and sync makes each a CouchDB document, so a 20 000-row export was 20 000 writes on loading, and 20 000
 * tombstones plus 20 000 new documents for every PC of the venue on each newer export; in parts it is 20 of each
 * (docs/reconciliation.md, docs/sync.md).
 *
 * Indexed: `importedAt` (the screens name the last loaded export by reading one part), `records` (a part's count
 * of records: a replacement counts the records it replaces from the index, without reading their 20 000 trials)
 * and `*participantIds` (the pupils a part's records are tied to: a pupil's card reads only those parts).
 *
 * The upgrade moves every stored platform record into parts, one export per file, export date and import time.
 * Dexie deletes `platformTrials` only after this function has run (as version 2 reads `auditLog`), so it can
 * still be read here.
 *
 * It also makes every participant's search and duplicate keys (`fioKey`, `searchWords`) again by today's rule
 * (`withKeys`): a name stored before Latin look-alike letters were corrected in the key («Абpaмoв» typed with
 * Latin р, а, о) kept the key of the uncorrected name, so the `[fioKey+birthDate]` and `fioKey` indexes (the
 * card's duplicate check, the walk-in lookup) missed it. Only the records whose keys change are written.
 */
export const V5_STORES = {
  platformTrials: null,
  platformExportParts: 'id, importedAt, records, *participantIds',
} as const;

export async function upgradeToV5(tx: Transaction): Promise<void> {
  const trials = (await tx.table('platformTrials').toArray()) as PlatformTrial[];
  if (trials.length > 0) await tx.table('platformExportParts').bulkAdd(partsOfTrials(trials, newId));
  const participants = (await tx.table('participants').toArray()) as Participant[];
  const rekeyed = participants.map(withKeys).filter((p, i) => !sameRecord(p, participants[i]));
  if (rekeyed.length > 0) await tx.table('participants').bulkPut(rekeyed);
}
