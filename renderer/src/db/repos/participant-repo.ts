import type { Consent, Id, IsoDate, Participant } from '@shared/domain';
import { newId } from '@shared/domain/common';
import { todayIso } from '@shared/dates';
import { healthDataProblem } from '@shared/participants/consent-rules';
import { anonymizedParticipant } from '@shared/participants/anonymize';
import { initialsOf, registerReductionDay } from '@shared/participants/register-retention';
import { withKeys } from '@shared/participants/build';
import { fioBirthKey, normalizePlatformId } from '@shared/participants/duplicates';
import type { ParticipantValues } from '@shared/participants/schemas';
import { RuleError } from '@shared/errors';
import { joinFio } from '@shared/text/fio';
import { fixNameLookalikes } from '@shared/text/lookalikes';
import { formatDate } from '@shared/dates';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { logAction } from './audit-repo';
import { eraseFromImportUndo } from './import-undo';
import { participantFromDraft } from '@shared/participants/build';
import {
  parseQuickParticipant,
  quickParticipantDraft,
  type QuickParticipantInput,
} from '@shared/participants/quick-participant';

/** Another stored participant the duplicate rule matches, if any. */
async function findDuplicate(
  p: Pick<Participant, 'id' | 'fioKey' | 'birthDate' | 'platformId'>,
  db: ProfprobaDb,
): Promise<Participant | undefined> {
  if (p.platformId) {
    const same = await db.participants.where('platformId').equals(p.platformId).toArray();
    const other = same.find((x) => x.id !== p.id);
    if (other) return other;
  }
  if (fioBirthKey(p)) {
    const same = await db.participants.where('[fioKey+birthDate]').equals([p.fioKey, p.birthDate!]).toArray();
    return same.find((x) => x.id !== p.id);
  }
  return undefined;
}

/**
 * Creates or updates a participant from the form. Refused when ОВЗ or a nosology is set without a valid
 * health consent, or when the duplicate rule finds another stored participant.
 */
export async function saveParticipant(
  values: ParticipantValues,
  id: Id | null,
  db: ProfprobaDb = defaultDb,
): Promise<Participant> {
  return db.transaction('rw', db.participants, db.consents, async () => {
    const now = new Date().toISOString();
    const current = id ? await db.participants.get(id) : undefined;
    if (id && !current) throw new RuleError('participants.notFoundElsewhere');
    if (current?.anonymizedAt) throw new RuleError('participants.anonymizedReadOnly');
    const consents: Consent[] = id ? await db.consents.where('participantId').equals(id).toArray() : [];
    const healthProblem = healthDataProblem(values, consents, todayIso());
    if (healthProblem) throw new RuleError(healthProblem, {}, 'hasDisability');
    // Latin look-alikes typed into a name («Cмирнова») are stored as the Cyrillic letters they look like
    // (the card says so before the save), the same correction the import makes.
    const names = fixNameLookalikes(values).parts;
    const participant = withKeys({
      id: current?.id ?? newId(),
      source: current?.source ?? 'manual',
      anonymizedAt: null,
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
      fioKey: '',
      searchWords: [],
      lastName: names.lastName,
      firstName: names.firstName,
      middleName: names.middleName,
      birthDate: values.birthDate,
      sex: values.sex,
      schoolId: values.schoolId,
      grade: values.grade,
      classLetter: values.classLetter.toLocaleUpperCase('ru'),
      contact: values.contact,
      hasDisability: values.hasDisability,
      nosology: values.hasDisability ? values.nosology : '',
      platformId: normalizePlatformId(values.platformId) ? values.platformId.trim() : null,
      verification: values.verification,
    });
    const duplicate = await findDuplicate(participant, db);
    if (duplicate) {
      const samePlatform = participant.platformId && duplicate.platformId === participant.platformId;
      throw samePlatform
        ? new RuleError(
            'participants.duplicatePlatformId',
            { platformId: participant.platformId, fio: joinFio(duplicate) },
            'platformId',
          )
        : new RuleError(
            'participants.duplicateParticipant',
            { fio: joinFio(duplicate), birthDate: formatDate(duplicate.birthDate) },
            'lastName',
          );
    }
    await db.participants.put(participant);
    return participant;
  });
}

/**
 * Erases a participant's personal data on request, in one transaction with its audit entry: the record
 * stays (school, grade, enrollments, attendance) so the counts do not change; consents and scans go.
 */
export async function anonymizeParticipant(
  id: Id,
  db: ProfprobaDb = defaultDb,
  now: Date = new Date(),
): Promise<void> {
  await db.transaction(
    'rw',
    [db.participants, db.consents, db.attendance, db.certificates, db.settings, db.journal],
    async () => {
      const counts = await eraseParticipant(id, now, db);
      await eraseFromImportUndo(new Set([id]), now.toISOString(), db);
      await logAction(
        'anonymize',
        'participant',
        id,
        { code: 'participantAnonymizedFully', params: counts },
        db,
      );
    },
  );
}

/**
 * Anonymises the pupils past the retention term the venue chose (Настройки › «Хранение данных»): all of them
 * or none, in ONE transaction with ONE journal entry holding the counts only. Returns how many were erased.
 */
export async function anonymizeParticipants(
  ids: readonly Id[],
  db: ProfprobaDb = defaultDb,
  now: Date = new Date(),
): Promise<number> {
  if (ids.length === 0) return 0;
  return db.transaction(
    'rw',
    [db.participants, db.consents, db.attendance, db.certificates, db.settings, db.journal],
    async () => {
      const total = { consents: 0, notes: 0, certificates: 0 };
      for (const id of new Set(ids)) {
        const counts = await eraseParticipant(id, now, db);
        total.consents += counts.consents;
        total.notes += counts.notes;
        total.certificates += counts.certificates;
      }
      await eraseFromImportUndo(new Set(ids), now.toISOString(), db);
      const participants = new Set(ids).size;
      await logAction(
        'anonymize',
        'participant',
        '',
        { code: 'participantsAnonymizedByTerm', params: { participants, ...total } },
        db,
      );
      return participants;
    },
  );
}

/** One participant's erasure, inside the caller's transaction; the counts go into the journal entry. */
async function eraseParticipant(
  id: Id,
  now: Date,
  db: ProfprobaDb,
): Promise<{ consents: number; notes: number; certificates: number }> {
  const p = await db.participants.get(id);
  if (!p) throw new RuleError('participants.notFound');
  if (p.anonymizedAt) throw new RuleError('participants.alreadyAnonymized');
  const consents = await db.consents.where('participantId').equals(id).delete();
  // Free-text notes on marks may name the pupil or their health: the mark stays, its note goes.
  const notes = await db.attendance
    .where('participantId')
    .equals(id)
    .filter((m) => m.note !== '')
    .modify({ note: '' });
  await db.participants.put(anonymizedParticipant(p, now.toISOString()));
  // The register keeps the full name for its term (register-retention.ts); past it, initials only.
  const certificates = await reduceRegisterEntries([id], todayIso(now), db);
  return { consents, notes, certificates };
}

/**
 * Reduces the register entries (certificates) of these anonymised participants whose term has passed to the
 * number and initials. Runs inside the caller's transaction; returns how many entries changed.
 */
export async function reduceRegisterEntries(
  participantIds: readonly Id[],
  today: IsoDate,
  db: ProfprobaDb = defaultDb,
): Promise<number> {
  return db.certificates
    .where('participantId')
    .anyOf([...participantIds])
    .filter((c) => registerReductionDay(c.issuedOn) <= today && c.snapshot.fio !== initialsOf(c.snapshot.fio))
    .modify((c) => {
      c.snapshot = { ...c.snapshot, fio: initialsOf(c.snapshot.fio) };
    });
}

/**
 * Creates the quick record of a walk-in (source `walk-in`): the name, school and grade a mentor asks at the
 * door. The rest of the card is filled in later from the participant's page. Returns the new id; meant to
 * run inside the walk-in's transaction (`db/commands/walk-in.ts`).
 */
export async function createQuickParticipant(
  input: QuickParticipantInput,
  db: ProfprobaDb = defaultDb,
): Promise<Id> {
  const values = parseQuickParticipant(input);
  return db.transaction('rw', [db.participants, db.schools], async () => {
    if (values.schoolId && !(await db.schools.get(values.schoolId))) {
      throw new RuleError('attendance.walkInSchoolNotFound', {}, 'schoolId');
    }
    const now = new Date().toISOString();
    const participant = participantFromDraft(quickParticipantDraft(values), values.schoolId, 'walk-in', now);
    await db.participants.add(participant);
    return participant.id;
  });
}
