import type { Id } from '@shared/domain';
import { isBlocked, type UndoBlockers } from '@shared/import/undo';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { importBlockers, readImportUndo } from '../repos/import-undo';

export type ImportUndoStatus =
  | { state: 'available' }
  | { state: 'blocked'; blockers: UndoBlockers }
  | { state: 'undone'; at: string }
  /** Too old (only the latest imports keep their undo record) or made before undo existed. */
  | { state: 'gone' };

/** Whether an import can be undone now, and if not, why: the summary step and the journal show it live. */
export async function importUndoStatus(importId: Id, db: ProfprobaDb = defaultDb): Promise<ImportUndoStatus> {
  return db.transaction(
    'r',
    [db.settings, db.participants, db.enrollments, db.attendance, db.certificates, db.consents],
    async () => {
      const record = await readImportUndo(importId, db);
      if (!record) return { state: 'gone' };
      if (record.undoneAt) return { state: 'undone', at: record.undoneAt };
      const blockers = await importBlockers(record, db);
      return isBlocked(blockers) ? { state: 'blocked', blockers } : { state: 'available' };
    },
  );
}
