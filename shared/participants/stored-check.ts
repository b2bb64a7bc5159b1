import type { Participant } from '../domain';
import { parseCodedMessage, type ErrorCode, type ErrorParams } from '../errors';
import { participantSchema, type ParticipantFormValues } from './schemas';

/** A record as the participant form would hold it, so a path that writes a participant can check it too. */
export function formValuesOf(p: Participant): ParticipantFormValues {
  return {
    lastName: p.lastName,
    firstName: p.firstName,
    middleName: p.middleName,
    birthDate: p.birthDate,
    sex: p.sex,
    schoolId: p.schoolId,
    grade: p.grade,
    classLetter: p.classLetter,
    contact: p.contact,
    hasDisability: p.hasDisability,
    nosology: p.nosology,
    platformId: p.platformId ?? '',
    verification: p.verification,
  };
}

export interface StoredProblem {
  field: string;
  code: ErrorCode;
  params: ErrorParams;
}

/**
 * Why the participant card could not save this record (the first problem, as the schema's code), or null.
 * Paths that write participants without the form (the import's commit) refuse what the card would refuse,
 * so a stored record can always be opened and saved again.
 */
export function storedParticipantProblem(p: Participant): StoredProblem | null {
  const parsed = participantSchema.safeParse(formValuesOf(p));
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  const coded = parseCodedMessage(issue.message);
  return {
    field: String(issue.path[0] ?? ''),
    code: coded?.code ?? 'participants.cellNotStored',
    params: coded?.params ?? {},
  };
}
