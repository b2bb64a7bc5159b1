import type { Id, IsoDateTime, Participant } from '../domain';

/**
 * What an import wrote, kept so the import can be undone as a whole («Отменить этот импорт»): the ids it created
 * and, for the participants it updated, their records as they were before (restored exactly).
 */
export interface ImportUndoRecord {
  importId: Id;
  fileName: string;
  /** The import's instant: every record it wrote carries it as `updatedAt`. */
  at: IsoDateTime;
  createdParticipantIds: Id[];
  createdSchoolIds: Id[];
  before: Participant[];
  undoneAt: IsoDateTime | null;
}

/** What stands in the way of undoing an import, as counts of its pupils. */
export interface UndoBlockers {
  /** Enrolled in a group (or on its waiting list). */
  enrolled: number;
  /** With an attendance mark. */
  marked: number;
  /** Holding a certificate. */
  certified: number;
  /** With a consent recorded. */
  consents: number;
  /** Edited (or anonymised) after the import: undoing would throw that work away. */
  changed: number;
}

export const NO_BLOCKERS: UndoBlockers = { enrolled: 0, marked: 0, certified: 0, consents: 0, changed: 0 };

export function isBlocked(b: UndoBlockers): boolean {
  return b.enrolled + b.marked + b.certified + b.consents + b.changed > 0;
}

/**
 * The import can be undone while nothing depends on its pupils: none of those it added is enrolled, marked,
 * certified or holds a consent, and none it added or updated was edited after it (their `updatedAt` is still the
 * import's). A pupil the import only updated keeps the enrollments and marks it had: restoring the earlier
 * record does not touch them.
 */
export function undoBlockers(
  record: ImportUndoRecord,
  current: ReadonlyMap<Id, Pick<Participant, 'updatedAt'> | undefined>,
  dependents: {
    enrolled: ReadonlySet<Id>;
    marked: ReadonlySet<Id>;
    certified: ReadonlySet<Id>;
    consents: ReadonlySet<Id>;
  },
): UndoBlockers {
  const added = record.createdParticipantIds;
  const ids = [...added, ...record.before.map((p) => p.id)];
  const count = (set: ReadonlySet<Id>) => added.filter((id) => set.has(id)).length;
  return {
    enrolled: count(dependents.enrolled),
    marked: count(dependents.marked),
    certified: count(dependents.certified),
    consents: count(dependents.consents),
    changed: ids.filter((id) => {
      const p = current.get(id);
      return p !== undefined && p.updatedAt !== record.at;
    }).length,
  };
}
