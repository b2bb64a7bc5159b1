import { useLiveQuery } from 'dexie-react-hooks';
import { importUndoStatus, type ImportUndoStatus } from '../../db/queries/import-undo';

/** Whether an import can still be undone; follows enrollments and edits made meanwhile. */
export function useImportUndoStatus(importId: string | null | undefined): ImportUndoStatus | undefined {
  return useLiveQuery(
    () => (importId ? importUndoStatus(importId) : Promise.resolve({ state: 'gone' } as const)),
    [importId],
  );
}
