import type { Id } from '@shared/domain';
import { RuleError } from '@shared/errors';
import {
  isMergeUndoBlocked,
  mergeUndoBlockers,
  type MergeUndoBlockers,
  type SchoolMergeUndoRecord,
} from '@shared/participants/merge-undo';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { logAction } from './audit-repo';

/** Settings key of a school merge's undo record, by the id of the school the merge deleted. */
export const MERGE_UNDO_PREFIX = 'schoolMergeUndo:';
/** Only the latest merges can be undone: older ones have had time to be built upon. */
export const MERGE_UNDO_KEEP = 10;

/** Stores a merge's undo record (inside the merge's transaction) and drops the oldest beyond the limit. */
export async function recordMergeUndo(
  record: SchoolMergeUndoRecord,
  db: ProfprobaDb = defaultDb,
): Promise<void> {
  await db.settings.put({ key: `${MERGE_UNDO_PREFIX}${record.mergeId}`, value: record });
  const all = await db.settings.where('key').startsWith(MERGE_UNDO_PREFIX).toArray();
  const old = all
    .map((s) => s.value as SchoolMergeUndoRecord)
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(MERGE_UNDO_KEEP);
  if (old.length > 0) await db.settings.bulkDelete(old.map((r) => `${MERGE_UNDO_PREFIX}${r.mergeId}`));
}

export async function readMergeUndo(
  mergeId: Id,
  db: ProfprobaDb = defaultDb,
): Promise<SchoolMergeUndoRecord | undefined> {
  const row = await db.settings.get(`${MERGE_UNDO_PREFIX}${mergeId}`);
  return row?.value as SchoolMergeUndoRecord | undefined;
}

/** What blocks undoing the merge now (read inside the caller's transaction). */
export async function mergeBlockers(
  record: SchoolMergeUndoRecord,
  db: ProfprobaDb = defaultDb,
): Promise<MergeUndoBlockers> {
  const ids = record.moved.map((m) => m.id);
  const [pupils, keep, sameName] = await Promise.all([
    db.participants.bulkGet(ids),
    db.schools.get(record.keepId),
    db.schools
      .where('nameKey')
      .equals(record.merged.nameKey)
      .filter((s) => s.id !== record.mergeId)
      .count(),
  ]);
  return mergeUndoBlockers(record, {
    pupils: new Map(ids.map((id, i) => [id, pupils[i]])),
    keep,
    sameName,
  });
}

/**
 * Undoes a school merge as a whole, in ONE transaction: the deleted school comes back, the kept school gets its
 * earlier fields back, the pupils the merge moved return to their school with their earlier `updatedAt`; a
 * journal entry says so. Refused (`participants.mergeUndoBlocked`, with the counts) while anything was done on
 * top of the merge; refused when it was undone already or its record is gone (`participants.mergeUndoGone`).
 */
export async function undoSchoolMerge(mergeId: Id, db: ProfprobaDb = defaultDb): Promise<number> {
  return db.transaction('rw', [db.participants, db.schools, db.settings, db.journal], async () => {
    const record = await readMergeUndo(mergeId, db);
    if (!record || record.undoneAt) throw new RuleError('participants.mergeUndoGone');
    const blockers = await mergeBlockers(record, db);
    if (isMergeUndoBlocked(blockers)) throw new RuleError('participants.mergeUndoBlocked', { ...blockers });

    await db.schools.bulkPut([record.keepBefore, record.merged]);
    for (const m of record.moved)
      await db.participants.update(m.id, { schoolId: record.mergeId, updatedAt: m.updatedAt });

    await db.settings.put({
      key: `${MERGE_UNDO_PREFIX}${mergeId}`,
      value: { ...record, undoneAt: new Date().toISOString() } satisfies SchoolMergeUndoRecord,
    });
    await logAction(
      'delete',
      'school',
      mergeId,
      { code: 'schoolMergeUndone', params: { keepId: record.keepId, count: record.moved.length } },
      db,
    );
    return record.moved.length;
  });
}
