import type { Id, ImportProfile, Participant, ParticipantSource, School } from '@shared/domain';
import { newId } from '@shared/domain/common';
import { schoolResolver, type ImportCounts, type ImportPlan } from '@shared/import/classify';
import { participantFromDraft, schoolFromImport, withKeys } from '@shared/participants/build';
import { consentStatusByParticipant } from '@shared/participants/consent-rules';
import { DuplicateIndex, duplicateKeysOf } from '@shared/participants/duplicates';
import { storedParticipantProblem } from '@shared/participants/stored-check';
import { RuleError } from '@shared/errors';
import { todayIso } from '@shared/dates';
import { joinFio } from '@shared/text/fio';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { logAction } from './audit-repo';
import { recordImportUndo } from './import-undo';
import { whereIn } from '../where-in';

export interface CommitOptions {
  fileName: string;
  source: ParticipantSource;
  onProgress?: (done: number, total: number) => void;
}

const CHUNK = 2000;

/** Refuses a record the participant card could not save: the import stores only what the card accepts. */
function assertStorable(p: Participant, row: number): void {
  const problem = storedParticipantProblem(p);
  if (problem)
    throw new RuleError('participants.commitRowInvalid', { row, fio: joinFio(p), field: problem.field });
}

/** What a committed import reports: its counts and the id under which it can be undone. */
export type CommittedImport = ImportCounts & { importId: Id };

/**
 * Writes an import plan in ONE transaction: new schools, new participants, updates, the record that lets it be
 * undone (`import-undo.ts`) and the audit entry. Everything is checked again inside the transaction (the
 * database may have changed since the preview); any problem throws and the transaction rolls back, so the
 * database is exactly as before.
 */
export async function commitImport(
  plan: ImportPlan,
  options: CommitOptions,
  db: ProfprobaDb = defaultDb,
): Promise<CommittedImport> {
  const total = plan.adds.length + plan.updates.length;
  return db.transaction(
    'rw',
    [db.participants, db.schools, db.consents, db.journal, db.settings],
    async () => {
      const now = new Date().toISOString();
      const importId = newId();
      const schools = await db.schools.toArray();
      const resolve = schoolResolver(schools);
      const schoolIdByKey = new Map<string, Id>();
      const created: School[] = [];
      for (const s of plan.newSchools) {
        const existing = resolve(s.key);
        if (existing) {
          schoolIdByKey.set(s.key, existing.id);
          continue;
        }
        const school = schoolFromImport(s, now);
        created.push(school);
        schoolIdByKey.set(s.key, school.id);
      }
      const schoolId = (key: string | null): Id | null => {
        if (!key) return null;
        const id = schoolIdByKey.get(key) ?? resolve(key)?.id;
        if (!id) throw new RuleError('participants.commitSchoolMissing', { school: key });
        return id;
      };
      if (created.length > 0) await db.schools.bulkAdd(created);

      // The re-check of the new rows needs every stored participant (the rule's keys are made from the names);
      // a file that adds no one (a venue importing the platform's export again) reads none of them.
      const stored = new DuplicateIndex<Participant>();
      if (plan.adds.length > 0)
        for (const p of await db.participants.toArray()) stored.add(duplicateKeysOf(p), p);

      let done = 0;
      const adds: Participant[] = [];
      for (const a of plan.adds) {
        const p = participantFromDraft(a.draft, schoolId(a.schoolKey), options.source, now);
        assertStorable(p, a.rowNumber);
        const k = duplicateKeysOf(p);
        if (stored.has(k))
          throw new RuleError('participants.commitRowExists', { row: a.rowNumber, fio: joinFio(p) });
        stored.add(k, p);
        adds.push(p);
      }
      for (let i = 0; i < adds.length; i += CHUNK) {
        await db.participants.bulkAdd(adds.slice(i, i + CHUNK));
        done += Math.min(CHUNK, adds.length - i);
        options.onProgress?.(done, total);
      }

      const ids = plan.updates.map((u) => u.participantId);
      const currents = await db.participants.bulkGet(ids);
      // Only an update bringing ОВЗ asks for a health consent: a new school year's re-import updates every
      // pupil's grade, and a request per pupil for their consents would be thousands of requests for none.
      // The same rule as the preview's: a health consent valid today, not one withdrawn or past its term.
      const healthStatus = consentStatusByParticipant(
        await whereIn(
          db.consents,
          'participantId',
          plan.updates.filter((u) => u.patch.hasDisability).map((u) => u.participantId),
        ),
        'health',
        todayIso(),
      );
      const healthIds = new Set([...healthStatus].filter(([, s]) => s === 'valid').map(([id]) => id));
      const updated: Participant[] = [];
      const before = new Map<Id, Participant>();
      plan.updates.forEach((u, i) => {
        const current = currents[i];
        if (!current || current.anonymizedAt)
          throw new RuleError('participants.commitRowGone', { row: u.rowNumber });
        if (!before.has(current.id)) before.set(current.id, current);
        const patch = { ...u.patch };
        // Health data only next to a health consent, checked again here.
        if (patch.hasDisability && !healthIds.has(current.id)) {
          delete patch.hasDisability;
          delete patch.nosology;
        }
        const next = withKeys({
          ...current,
          ...patch,
          schoolId: u.schoolKey ? schoolId(u.schoolKey) : current.schoolId,
          updatedAt: now,
        });
        assertStorable(next, u.rowNumber);
        updated.push(next);
      });
      for (let i = 0; i < updated.length; i += CHUNK) {
        await db.participants.bulkPut(updated.slice(i, i + CHUNK));
        done += Math.min(CHUNK, updated.length - i);
        options.onProgress?.(done, total);
      }

      const counts: ImportCounts = {
        ...plan.counts,
        added: adds.length,
        updated: updated.length,
        newSchools: created.length,
      };
      await recordImportUndo(
        {
          importId,
          fileName: options.fileName,
          at: now,
          createdParticipantIds: adds.map((p) => p.id),
          createdSchoolIds: created.map((s) => s.id),
          before: [...before.values()],
          undoneAt: null,
        },
        db,
      );
      await logAction(
        'import',
        'participants',
        // The import's id, never the file name: a school list's name often carries a school's or a pupil's name.
        importId,
        {
          code: 'importCommitted',
          params: {
            importId,
            added: counts.added,
            updated: counts.updated,
            merged: counts.merged,
            invalid: counts.invalid,
            newSchools: counts.newSchools,
          },
        },
        db,
      );
      return { ...counts, importId };
    },
  );
}

/** Saves a mapping under a name; a profile with the same name is replaced. */
export async function saveImportProfile(
  name: string,
  mapping: Record<string, string>,
  db: ProfprobaDb = defaultDb,
): Promise<ImportProfile> {
  const trimmed = name.trim();
  if (!trimmed) throw new RuleError('participants.profileNameRequired');
  return db.transaction('rw', db.importProfiles, async () => {
    const same = await db.importProfiles.where('name').equals(trimmed).first();
    const profile: ImportProfile = {
      id: same?.id ?? newId(),
      name: trimmed,
      mapping,
      createdAt: same?.createdAt ?? new Date().toISOString(),
    };
    await db.importProfiles.put(profile);
    return profile;
  });
}

export async function deleteImportProfile(id: Id, db: ProfprobaDb = defaultDb): Promise<void> {
  await db.importProfiles.delete(id);
}
