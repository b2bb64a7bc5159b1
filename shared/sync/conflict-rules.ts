import type { AuditEntry, AttendanceMark } from '../domain';
import type { SyncRecord, SyncedTable } from './docs';
import { docIdOf } from './docs';

/**
 * The conflict rules of replication (issue 19). CouchDB keeps every revision two PCs made independently and
 * names one winner deterministically (the longer history, then the greater revision id). The app then decides by
 * the domain's rule which version stays, and every PC that sees the conflict makes the same decision and the
 * same writes (PouchDB's revisions are hashes of the content), so the PCs converge without a new conflict.
 */

/** One leaf of a document's revision tree: a version of the record. */
export interface Leaf {
  rev: string;
  record: SyncRecord;
}

export type ConflictKind =
  /** An attendance mark: the later `updatedAt` wins; the loser goes to the journal with both values. */
  | 'mark'
  /** Any other record: the rule's winner stays; both versions are listed under «Конфликты». */
  | 'record';

export interface Resolution {
  kind: ConflictKind;
  /** The version that stays. */
  keep: Leaf;
  /** The versions that lose; their revisions are deleted so the document has one leaf again. */
  drop: Leaf[];
}

function later(a: string | undefined, b: string | undefined): number {
  return (a ?? '').localeCompare(b ?? '');
}

function anonymised(record: SyncRecord): boolean {
  return typeof record.anonymizedAt === 'string' && record.anonymizedAt !== '';
}

/**
 * Which version of a conflicting document stays. `winner` is CouchDB's winning revision, `losers` its
 * `_conflicts` (never empty for a conflict).
 * - attendance: the later `updatedAt`; on a tie CouchDB's winner;
 * - participants: an anonymised version beats any other (anonymisation is not undone by an edit made elsewhere);
 *   otherwise CouchDB's winner, the later revision;
 * - every other table: CouchDB's winner, the later revision.
 * (A deletion never reaches here against an edit: CouchDB lets a living leaf win over a deleted one, so an edit
 * made elsewhere brings a deleted record back, which is what «nothing is lost» asks.)
 */
export function resolveConflict(table: SyncedTable, winner: Leaf, losers: readonly Leaf[]): Resolution {
  const all = [winner, ...losers];
  let keep = winner;
  if (table === 'attendance') {
    for (const leaf of losers) {
      if (later(leaf.record.updatedAt as string, keep.record.updatedAt as string) > 0) keep = leaf;
    }
  } else if (table === 'participants' && !anonymised(winner.record)) {
    keep = losers.find((leaf) => anonymised(leaf.record)) ?? winner;
  }
  return {
    kind: table === 'attendance' ? 'mark' : 'record',
    keep,
    drop: all.filter((leaf) => leaf !== keep),
  };
}

/**
 * The journal entry of a mark that lost: both values, only ids and statuses (no personal data). Its id and time
 * follow from the two versions, so every PC that resolves the same conflict writes the same entry, and the
 * merged journal holds it once.
 */
export function markConflictEntry(kept: AttendanceMark, lost: AttendanceMark, lostRev: string): AuditEntry {
  return {
    id: `sync:${docIdOf('attendance', kept.id)}:${lostRev}`,
    at: kept.updatedAt > lost.updatedAt ? kept.updatedAt : lost.updatedAt,
    action: 'sync-conflict',
    entity: 'attendance',
    entityId: kept.id,
    code: 'markConflictResolved',
    params: {
      sessionId: kept.sessionId,
      participantId: kept.participantId,
      kept: kept.status,
      keptAt: kept.updatedAt,
      lost: lost.status,
      lostAt: lost.updatedAt,
    },
  };
}
