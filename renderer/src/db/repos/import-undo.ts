import type { Id, Participant } from '@shared/domain';
import { RuleError } from '@shared/errors';
import { anonymizedParticipant } from '@shared/participants/anonymize';
import { isBlocked, undoBlockers, type ImportUndoRecord, type UndoBlockers } from '@shared/import/undo';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { whereIn } from '../where-in';
import { logAction } from './audit-repo';

/** Settings key of an import's undo record. */
export const IMPORT_UNDO_PREFIX = 'importUndo:';
/**
 * Only the latest imports can be undone: the records hold earlier copies of updated pupils (personal data), so
 * they are not kept for ever.
 */
export const IMPORT_UNDO_KEEP = 5;

/** Stores an import's undo record (inside the import's transaction) and drops the oldest beyond the limit. */
export async function recordImportUndo(record: ImportUndoRecord, db: ProfprobaDb = defaultDb): Promise<void> {
  await db.settings.put({ key: `${IMPORT_UNDO_PREFIX}${record.importId}`, value: record });
  const all = await db.settings.where('key').startsWith(IMPORT_UNDO_PREFIX).toArray();
  const old = all
    .map((s) => s.value as ImportUndoRecord)
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(IMPORT_UNDO_KEEP);
  if (old.length > 0) await db.settings.bulkDelete(old.map((r) => `${IMPORT_UNDO_PREFIX}${r.importId}`));
}

/**
 * After an anonymisation (inside its transaction): the earlier copies an import's undo keeps of these pupils
 * are erased the same way, so no undo record still holds their name, birth date or ОВЗ. The copy stays, erased,
 * with its `updatedAt`: the pupil was changed after the import, so undoing it stays refused as before (and,
 * were it undone, it would bring back nothing personal). Returns how many copies were erased.
 */
export async function eraseFromImportUndo(
  participantIds: ReadonlySet<Id>,
  anonymizedAt: string,
  db: ProfprobaDb = defaultDb,
): Promise<number> {
  let erased = 0;
  const changed: { key: string; value: ImportUndoRecord }[] = [];
  for (const row of await db.settings.where('key').startsWith(IMPORT_UNDO_PREFIX).toArray()) {
    const record = row.value as ImportUndoRecord;
    if (!record.before.some((p) => participantIds.has(p.id) && !p.anonymizedAt)) continue;
    const before = record.before.map((p) => {
      if (!participantIds.has(p.id) || p.anonymizedAt) return p;
      erased += 1;
      return { ...anonymizedParticipant(p, anonymizedAt), updatedAt: p.updatedAt };
    });
    changed.push({ key: row.key, value: { ...record, before } });
  }
  if (changed.length > 0) await db.settings.bulkPut(changed);
  return erased;
}

export async function readImportUndo(
  importId: Id,
  db: ProfprobaDb = defaultDb,
): Promise<ImportUndoRecord | undefined> {
  const row = await db.settings.get(`${IMPORT_UNDO_PREFIX}${importId}`);
  return row?.value as ImportUndoRecord | undefined;
}

/** What blocks undoing the import now (read inside the caller's transaction). */
export async function importBlockers(
  record: ImportUndoRecord,
  db: ProfprobaDb = defaultDb,
): Promise<UndoBlockers> {
  const ids = [...record.createdParticipantIds, ...record.before.map((p) => p.id)];
  const added = record.createdParticipantIds;
  const [current, enrollments, marks, certificates, consents] = await Promise.all([
    db.participants.bulkGet(ids),
    whereIn(db.enrollments, 'participantId', added),
    whereIn(db.attendance, 'participantId', added),
    whereIn(db.certificates, 'participantId', added),
    whereIn(db.consents, 'participantId', added),
  ]);
  const ofIds = (rows: readonly { participantId: Id }[]) => new Set(rows.map((r) => r.participantId));
  return undoBlockers(record, new Map(ids.map((id, i) => [id, current[i]])), {
    enrolled: ofIds(enrollments),
    marked: ofIds(marks),
    certified: ofIds(certificates),
    consents: ofIds(consents),
  });
}

export interface UndoneImport {
  removed: number;
  restored: number;
  schoolsRemoved: number;
}

/**
 * Undoes an import as a whole, in ONE transaction: the pupils it added are deleted, the pupils it updated get
 * their earlier records back exactly, the schools it created are deleted when nobody else uses them; a journal
 * entry says so. Refused (`participants.importUndoBlocked`, with the counts) while anything depends on its
 * pupils; refused when it was undone already or its record is gone (`participants.importUndoGone`).
 */
export async function undoImport(importId: Id, db: ProfprobaDb = defaultDb): Promise<UndoneImport> {
  return db.transaction(
    'rw',
    [
      db.participants,
      db.schools,
      db.enrollments,
      db.attendance,
      db.certificates,
      db.consents,
      db.settings,
      db.journal,
    ],
    async () => {
      const record = await readImportUndo(importId, db);
      if (!record || record.undoneAt) throw new RuleError('participants.importUndoGone');
      const blockers = await importBlockers(record, db);
      if (isBlocked(blockers)) throw new RuleError('participants.importUndoBlocked', { ...blockers });

      await db.participants.bulkDelete(record.createdParticipantIds);
      await db.participants.bulkPut(record.before);
      const stillUsed = new Set(
        (await whereIn(db.participants, 'schoolId', record.createdSchoolIds)).map(
          (p: Participant) => p.schoolId,
        ),
      );
      const schools = record.createdSchoolIds.filter((id) => !stillUsed.has(id));
      await db.schools.bulkDelete(schools);

      const now = new Date().toISOString();
      // The earlier copies are not needed any more: keep only what says the import was undone.
      await db.settings.put({
        key: `${IMPORT_UNDO_PREFIX}${importId}`,
        value: { ...record, before: [], undoneAt: now } satisfies ImportUndoRecord,
      });
      const result = {
        removed: record.createdParticipantIds.length,
        restored: record.before.length,
        schoolsRemoved: schools.length,
      };
      await logAction(
        'import',
        'participants',
        record.fileName,
        { code: 'importUndone', params: { importId, ...result } },
        db,
      );
      return result;
    },
  );
}
