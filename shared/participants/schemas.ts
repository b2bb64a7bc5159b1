import { z } from 'zod';
import { CONSENT_KINDS, SEXES, VERIFICATION_STATUSES } from '../domain';
import {
  digitsCode,
  emailField,
  isoDateField,
  optionalIsoDate,
  optionalText,
  requiredText,
} from '../schemas/common';
import { isIsoDate, todayIso } from '../dates';

/** The participant form. Health data is checked against the consents separately (healthDataProblem). */
export const participantSchema = z.object({
  lastName: requiredText('фамилию', 100),
  firstName: requiredText('имя', 100),
  middleName: optionalText(100),
  birthDate: optionalIsoDate.refine(
    (v) => v === null || (v <= todayIso() && v >= '1940-01-01'),
    'Дата рождения не может быть в будущем',
  ),
  sex: z.enum(SEXES).nullable(),
  schoolId: z.string().nullable(),
  grade: z
    .number({ error: 'Класс — число от 1 до 11' })
    .int('Класс — целое число')
    .min(1, 'Класс от 1 до 11')
    .max(11, 'Класс от 1 до 11')
    .nullable(),
  classLetter: z
    .string()
    .trim()
    .refine(
      (v) => v === '' || /^[А-ЯЁ]$/u.test(v.toLocaleUpperCase('ru')),
      'Буква класса — одна русская буква',
    ),
  contact: optionalText(200),
  hasDisability: z.boolean(),
  nosology: optionalText(300),
  platformId: z.string().trim().max(50, 'Не длиннее 50 символов'),
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
  fullName: requiredText('полное наименование школы', 500),
  shortName: optionalText(200),
  municipality: optionalText(200),
  inn: digitsCode('ИНН', [10, 12]),
  navigatorName: optionalText(200),
  navigatorPhone: optionalText(50),
  navigatorEmail: emailField,
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
    kind: z.enum(CONSENT_KINDS, { error: 'Выберите вид согласия' }),
    guardianName: requiredText('ФИО подписавшего', 200),
    guardianRelation: requiredText('кем приходится участнику', 100),
    signedOn: isoDateField('дату подписания'),
    validUntil: optionalIsoDate,
    withdrawnOn: optionalIsoDate,
  })
  .superRefine((v, ctx) => {
    if (v.validUntil && isIsoDate(v.signedOn) && v.validUntil < v.signedOn)
      ctx.addIssue({
        code: 'custom',
        path: ['validUntil'],
        message: 'Срок действия не может закончиться раньше подписания',
      });
    if (v.withdrawnOn && isIsoDate(v.signedOn) && v.withdrawnOn < v.signedOn)
      ctx.addIssue({
        code: 'custom',
        path: ['withdrawnOn'],
        message: 'Отзыв не может быть раньше подписания',
      });
  });
export type ConsentFormValues = z.input<typeof consentSchema>;
export type ConsentValues = z.output<typeof consentSchema>;
