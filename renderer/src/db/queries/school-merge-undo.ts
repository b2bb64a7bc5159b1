import type { Id } from '@shared/domain';
import { isMergeUndoBlocked, type MergeUndoBlockers } from '@shared/participants/merge-undo';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { mergeBlockers, readMergeUndo } from '../repos/school-merge-undo';

export type MergeUndoStatus =
  | { state: 'available' }
  | { state: 'blocked'; blockers: MergeUndoBlockers }
  | { state: 'undone'; at: string }
  /** Too old (only the latest merges keep their undo record) or made before undo existed. */
  | { state: 'gone' };

/** Whether a school merge can be undone now, and if not, why: the action journal shows it live. */
export async function mergeUndoStatus(mergeId: Id, db: ProfprobaDb = defaultDb): Promise<MergeUndoStatus> {
  return db.transaction('r', [db.settings, db.participants, db.schools], async () => {
    const record = await readMergeUndo(mergeId, db);
    if (!record) return { state: 'gone' };
    if (record.undoneAt) return { state: 'undone', at: record.undoneAt };
    const blockers = await mergeBlockers(record, db);
    return isMergeUndoBlocked(blockers) ? { state: 'blocked', blockers } : { state: 'available' };
  });
}
