import { useLiveQuery } from 'dexie-react-hooks';
import { mergeUndoStatus, type MergeUndoStatus } from '../../db/queries/school-merge-undo';

/** Whether a school merge can still be undone; follows edits made meanwhile. */
export function useMergeUndoStatus(mergeId: string): MergeUndoStatus | undefined {
  return useLiveQuery(() => mergeUndoStatus(mergeId), [mergeId]);
}
