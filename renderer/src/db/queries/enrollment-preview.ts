import type { Id } from '@shared/domain';
import type { Conflict } from '@shared/schedule';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { scheduleTables } from '../repos/group-repo';
import { planGroupEnrollment } from '../repos/enrollment-repo';

export interface EnrollmentPreview {
  /** Already in the group or on its waiting list: nothing happens to them. */
  alreadyThere: Id[];
  /** Refusals and warnings of the save, as the save would report them (overlap, capacity, grade range). */
  conflicts: Conflict[];
}

/**
 * What enrolling the selection in a group would meet, by the same rule the save uses, read without writing:
 * the selection page shows each ticked pupil's reason before anything is saved.
 */
export async function previewEnrollment(
  groupId: Id,
  participantIds: readonly Id[],
  db: ProfprobaDb = defaultDb,
): Promise<EnrollmentPreview> {
  if (participantIds.length === 0) return { alreadyThere: [], conflicts: [] };
  return db.transaction('r', scheduleTables(db), async () => {
    const { conflicts, outcome } = await planGroupEnrollment(groupId, participantIds, {}, db);
    return { alreadyThere: outcome.alreadyThere, conflicts };
  });
}
