import type { z } from 'zod';
import { RuleError } from '../errors';
import { cleanSpaces } from '../text/normalize';
import type { participantFromDraft } from './build';
import { participantSchema } from './schemas';

/**
 * The quick record of a walk-in: a pupil who came to a session without being enrolled. It is the participant
 * form's own fields (`participantSchema`), so a name or a grade the form refuses is refused here too.
 *
 * One decision on the grade: a pupil's grade is valid from 1 to 11 everywhere — the participant form, the
 * import and the walk-in. A programme's grade range (say 6–11) is a different rule: a schedule conflict that
 * warns when someone outside it is enrolled (`shared/schedule/conflicts.ts`), never a reason to refuse the
 * person's record. (The walk-in used to refuse grades below 6.)
 */
export const quickParticipantSchema = participantSchema.pick({
  lastName: true,
  firstName: true,
  middleName: true,
  schoolId: true,
  grade: true,
});

export type QuickParticipantInput = z.input<typeof quickParticipantSchema>;
export type QuickParticipant = z.output<typeof quickParticipantSchema>;

export const EMPTY_QUICK_PARTICIPANT: QuickParticipantInput = {
  lastName: '',
  firstName: '',
  middleName: '',
  schoolId: null,
  grade: null,
};

/**
 * The checked quick record, or a refusal naming the first wrong field. The dialog shows the schema's words
 * next to its fields before it ever gets here; this guards a command called with unchecked input.
 */
export function parseQuickParticipant(input: QuickParticipantInput): QuickParticipant {
  const parsed = quickParticipantSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const field = String(parsed.error.issues[0]?.path[0] ?? '');
  throw new RuleError('attendance.walkInInvalid', { field }, field);
}

type ParticipantDraftOf = Parameters<typeof participantFromDraft>[0];

/** The quick record as a participant draft: only what a walk-in is asked, with inner spaces collapsed. */
export function quickParticipantDraft(p: QuickParticipant): ParticipantDraftOf {
  return {
    lastName: cleanSpaces(p.lastName),
    firstName: cleanSpaces(p.firstName),
    middleName: cleanSpaces(p.middleName),
    birthDate: null,
    sex: null,
    grade: p.grade,
    classLetter: '',
    contact: '',
    hasDisability: null,
    nosology: '',
    platformId: null,
    verification: null,
  };
}
