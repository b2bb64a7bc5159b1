import { z } from 'zod';
import { CONSENT_KINDS, SEXES, VERIFICATION_STATUSES } from '../domain';
import { optionalIsoDate, optionalText, requiredText } from '../schemas/common';
import { isIsoDate, todayIso } from '../dates';

/*
 * Messages are error codes (`shared/errors.ts`), of the `participants` area or the common building blocks'
 * (`shared/schemas/common.ts`): the forms wrap their resolver in `withErrorWords`, which finds the words.
 */
const optionalDate = optionalIsoDate;

/** The participant form. Health data is checked against the consents separately (healthDataProblem). */
export const participantSchema = z.object({
  lastName: requiredText('participants.lastNameRequired', 100),
  firstName: requiredText('participants.firstNameRequired', 100),
  middleName: optionalText(100),
  birthDate: optionalDate.refine(
    (v) => v === null || (v <= todayIso() && v >= '1940-01-01'),
    'participants.birthDateInFuture',
  ),
  sex: z.enum(SEXES).nullable(),
  schoolId: z.string().nullable(),
  grade: z
    .number({ error: 'participants.gradeNumber' })
    .int('participants.gradeInteger')
    .min(1, 'participants.gradeRange')
    .max(11, 'participants.gradeRange')
    .nullable(),
  classLetter: z
    .string()
    .trim()
    .refine((v) => v === '' || /^[А-ЯЁ]$/u.test(v.toLocaleUpperCase('ru')), 'participants.classLetterOne'),
  contact: optionalText(200),
  hasDisability: z.boolean(),
  nosology: optionalText(300),
  platformId: optionalText(50),
  verification: z.enum(VERIFICATION_STATUSES).nullable(),
});
export type ParticipantFormValues = z.input<typeof participantSchema>;
export type ParticipantValues = z.output<typeof participantSchema>;

export const EMPTY_PARTICIPANT_FORM: ParticipantFormValues = {
  lastName: '',
  firstName: '',
  middleName: '',
  birthDate: null,
  sex: null,
  schoolId: null,
  grade: null,
  classLetter: '',
  contact: '',
  hasDisability: false,
  nosology: '',
  platformId: '',
  verification: null,
};

export const schoolSchema = z.object({
  fullName: requiredText('participants.schoolNameRequired', 500),
  shortName: optionalText(200),
  municipality: optionalText(200),
  inn: z
    .string()
    .trim()
    .refine((v) => v === '' || /^\d+$/.test(v), 'participants.innDigits')
    .refine((v) => v === '' || v.length === 10 || v.length === 12, 'participants.innLength'),
  navigatorName: optionalText(200),
  navigatorPhone: optionalText(50),
  navigatorEmail: z
    .string()
    .trim()
    .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), 'participants.email'),
});
export type SchoolFormValues = z.input<typeof schoolSchema>;
export type SchoolValues = z.output<typeof schoolSchema>;
export const EMPTY_SCHOOL_FORM: SchoolFormValues = {
  fullName: '',
  shortName: '',
  municipality: '',
  inn: '',
  navigatorName: '',
  navigatorPhone: '',
  navigatorEmail: '',
};

export const consentSchema = z
  .object({
    kind: z.enum(CONSENT_KINDS, { error: 'participants.consentKindRequired' }),
    guardianName: requiredText('participants.guardianNameRequired', 200),
    guardianRelation: requiredText('participants.guardianRelationRequired', 100),
    signedOn: z.string().refine((v) => isIsoDate(v), 'participants.signedOnRequired'),
    validUntil: optionalDate,
    withdrawnOn: optionalDate,
  })
  .superRefine((v, ctx) => {
    if (v.validUntil && isIsoDate(v.signedOn) && v.validUntil < v.signedOn)
      ctx.addIssue({
        code: 'custom',
        path: ['validUntil'],
        message: 'participants.validUntilBeforeSigned',
      });
    if (v.withdrawnOn && isIsoDate(v.signedOn) && v.withdrawnOn < v.signedOn)
      ctx.addIssue({
        code: 'custom',
        path: ['withdrawnOn'],
        message: 'participants.withdrawnBeforeSigned',
      });
  });
export type ConsentFormValues = z.input<typeof consentSchema>;
export type ConsentValues = z.output<typeof consentSchema>;
