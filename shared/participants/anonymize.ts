import type { Participant } from '../domain';

/** Shown instead of the erased name. */
export const ANONYMIZED_NAME = 'Данные удалены';

/**
 * Anonymisation on request: every personal field is erased; the school, the grade, the enrollments and the
 * attendance stay, so counts by school, grade and programme do not change. Health data goes as well (its
 * consent is deleted with the other consents). The record keeps its id so the links stay valid.
 */
export function anonymizedParticipant(p: Participant, now: string): Participant {
  return {
    ...p,
    lastName: ANONYMIZED_NAME,
    firstName: '',
    middleName: '',
    // Unique per record, so two anonymised people never look like duplicates of each other.
    fioKey: `~${p.id}`,
    searchWords: [],
    birthDate: null,
    sex: null,
    classLetter: '',
    contact: '',
    hasDisability: false,
    nosology: '',
    platformId: null,
    verification: null,
    anonymizedAt: now,
    updatedAt: now,
  };
}

/** What anonymisation erases and keeps, for the confirmation dialog (keys of `anonymize.plan` in the locale). */
export const ANONYMIZE_PLAN = {
  erased: ['fio', 'birthDate', 'sex', 'classLetter', 'contact', 'health', 'platformId', 'consents'],
  kept: ['school', 'grade', 'enrollments', 'attendance', 'certificates'],
} as const;
