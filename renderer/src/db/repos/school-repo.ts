import type { Id, School } from '@shared/domain';
import { newId } from '@shared/domain/common';
import type { SchoolValues } from '@shared/participants/schemas';
import { schoolLabel } from '@shared/participants/build';
import { normalizeKey } from '@shared/text/normalize';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { logAction } from './audit-repo';
import { RuleError } from '@shared/errors';
import { recordMergeUndo } from './school-merge-undo';

export async function saveSchool(
  values: SchoolValues,
  id: Id | null,
  db: ProfprobaDb = defaultDb,
): Promise<School> {
  return db.transaction('rw', db.schools, async () => {
    const now = new Date().toISOString();
    const current = id ? await db.schools.get(id) : undefined;
    const nameKey = normalizeKey(values.fullName);
    const clash = (await db.schools.where('nameKey').equals(nameKey).toArray()).find((s) => s.id !== id);
    if (clash) throw new RuleError('participants.schoolExists', { name: clash.fullName }, 'fullName');
    const school: School = {
      id: current?.id ?? newId(),
      ...values,
      nameKey,
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
    };
    await db.schools.put(school);
    return school;
  });
}

/**
 * Merges two records of the same school: the participants of `mergeId` move to `keepId`, blank fields of
 * the kept school are filled from the other, the other is deleted; one transaction with its audit entry.
 */
export async function mergeSchools(keepId: Id, mergeId: Id, db: ProfprobaDb = defaultDb): Promise<number> {
  if (keepId === mergeId) throw new RuleError('participants.mergeSameSchool');
  return db.transaction('rw', db.schools, db.participants, db.settings, db.journal, async () => {
    const [keep, merge] = await Promise.all([db.schools.get(keepId), db.schools.get(mergeId)]);
    if (!keep || !merge) throw new RuleError('participants.mergeSchoolNotFound');
    const now = new Date().toISOString();
    const pupils = await db.participants.where('schoolId').equals(mergeId).toArray();
    // What the merge changes is kept so it can be undone as a whole (only ids and instants of the pupils).
    await recordMergeUndo(
      {
        keepId,
        mergeId,
        at: now,
        keepBefore: keep,
        merged: merge,
        moved: pupils.map((p) => ({ id: p.id, updatedAt: p.updatedAt })),
        undoneAt: null,
      },
      db,
    );
    const moved = await db.participants
      .where('schoolId')
      .equals(mergeId)
      .modify({ schoolId: keepId, updatedAt: now });
    const filled: School = { ...keep, updatedAt: now };
    for (const k of [
      'shortName',
      'municipality',
      'inn',
      'navigatorName',
      'navigatorPhone',
      'navigatorEmail',
    ] as const)
      if (!filled[k] && merge[k]) filled[k] = merge[k];
    await db.schools.put(filled);
    await db.schools.delete(mergeId);
    await logAction(
      'delete',
      'school',
      mergeId,
      // The names, not the ids, are what a person reads in the journal (school names are not personal data).
      {
        code: 'schoolMerged',
        params: { keepId, keep: schoolLabel(keep), merged: schoolLabel(merge), count: moved },
      },
      db,
    );
    return moved;
  });
}

/** Deletes a school that has no participants; a school with pupils can only be merged. */
export async function deleteSchool(id: Id, db: ProfprobaDb = defaultDb): Promise<void> {
  await db.transaction('rw', db.schools, db.participants, async () => {
    const n = await db.participants.where('schoolId').equals(id).count();
    if (n > 0) throw new RuleError('participants.schoolHasPupils', { count: n });
    await db.schools.delete(id);
  });
}
