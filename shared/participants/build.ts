import type { Id, Participant, ParticipantSource, School } from '../domain';
import { newId } from '../domain/common';
import { fioKey, searchWordsFor } from '../text/fio';
import { fixNameLookalikes } from '../text/lookalikes';
import { cleanSpaces, normalizeKey } from '../text/normalize';
import type { ParticipantDraft } from './draft';

/** Recomputes the search and duplicate keys; call on every write of a participant. */
export function withKeys(p: Participant): Participant {
  if (p.anonymizedAt) return { ...p, fioKey: `~${p.id}`, searchWords: [] };
  return { ...p, fioKey: fioKey(p), searchWords: searchWordsFor(p, p.platformId) };
}

/**
 * A new participant from an imported row or a walk-in. Health data is never taken from a file for a new
 * person: they have no health consent yet. Latin look-alikes in the name are stored as Cyrillic letters.
 */
export function participantFromDraft(
  draft: ParticipantDraft,
  schoolId: Id | null,
  source: ParticipantSource,
  now: string,
): Participant {
  const names = fixNameLookalikes(draft).parts;
  return withKeys({
    id: newId(),
    lastName: names.lastName,
    firstName: names.firstName,
    middleName: names.middleName,
    fioKey: '',
    searchWords: [],
    birthDate: draft.birthDate,
    sex: draft.sex,
    schoolId,
    grade: draft.grade,
    classLetter: draft.classLetter,
    contact: draft.contact,
    hasDisability: false,
    nosology: '',
    platformId: draft.platformId,
    verification: draft.verification,
    source,
    anonymizedAt: null,
    createdAt: now,
    updatedAt: now,
  });
}

/** A school named in a file: the full name as written; the short name is guessed only by trimming spaces. */
export function schoolFromImport(
  s: { fullName: string; municipality: string; navigatorName: string },
  now: string,
): School {
  const fullName = cleanSpaces(s.fullName);
  return {
    id: newId(),
    fullName,
    shortName: fullName.length <= 40 ? fullName : '',
    nameKey: normalizeKey(fullName),
    municipality: cleanSpaces(s.municipality),
    inn: '',
    navigatorName: cleanSpaces(s.navigatorName),
    navigatorPhone: '',
    navigatorEmail: '',
    createdAt: now,
    updatedAt: now,
  };
}

/** A school's name for lists: the short name when there is one. */
export function schoolLabel(s: Pick<School, 'fullName' | 'shortName'>): string {
  return s.shortName || s.fullName;
}
