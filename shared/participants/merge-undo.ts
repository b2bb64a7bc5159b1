import type { Id, IsoDateTime, Participant, School } from '../domain';

/**
 * What a school merge changed, kept so the merge can be undone as a whole: the deleted school as it was, the kept
 * school as it was before its blank fields were filled, and the pupils that moved (with their `updatedAt` before
 * the move, restored exactly). No personal data: pupils are kept only as ids.
 */
export interface SchoolMergeUndoRecord {
  keepId: Id;
  mergeId: Id;
  /** The merge's instant: the kept school and every moved pupil carry it as `updatedAt`. */
  at: IsoDateTime;
  keepBefore: School;
  merged: School;
  moved: { id: Id; updatedAt: IsoDateTime }[];
  undoneAt: IsoDateTime | null;
}

/** What stands in the way of undoing a merge. */
export interface MergeUndoBlockers {
  /** Moved pupils edited, moved again or deleted after the merge: undoing would throw that work away. */
  changed: number;
  /** The kept school was edited or deleted after the merge. */
  schoolChanged: number;
  /** Another school now has the deleted school's name: restoring it would make a duplicate. */
  nameTaken: number;
}

export function isMergeUndoBlocked(b: MergeUndoBlockers): boolean {
  return b.changed + b.schoolChanged + b.nameTaken > 0;
}

/**
 * The merge can be undone while nothing was done on top of it: the moved pupils and the kept school still carry
 * the merge's instant, and no other school took the deleted school's name. Pupils added to the kept school later
 * stay there: the undo moves back only those the merge moved.
 */
export function mergeUndoBlockers(
  record: SchoolMergeUndoRecord,
  current: {
    pupils: ReadonlyMap<Id, Pick<Participant, 'updatedAt' | 'schoolId'> | undefined>;
    keep: Pick<School, 'updatedAt'> | undefined;
    /** Schools other than the deleted one having its `nameKey` now. */
    sameName: number;
  },
): MergeUndoBlockers {
  return {
    changed: record.moved.filter(({ id }) => {
      const p = current.pupils.get(id);
      return p === undefined || p.updatedAt !== record.at || p.schoolId !== record.keepId;
    }).length,
    schoolChanged: current.keep === undefined || current.keep.updatedAt !== record.at ? 1 : 0,
    nameTaken: current.sameName > 0 ? 1 : 0,
  };
}
