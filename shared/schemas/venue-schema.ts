import { z } from 'zod';
import { VENUE_KINDS } from '../domain/venue';
import { digitsCode, emailField, optionalText, requiredText } from './common';

/** The venue profile form (Настройки → Профиль площадки). */
export const venueFormSchema = z.object({
  fullName: requiredText('полное наименование площадки', 500),
  shortName: requiredText('краткое наименование', 150),
  kind: z.enum(VENUE_KINDS, { error: 'Выберите тип площадки' }),
  inn: digitsCode('ИНН', [10, 12]),
  ogrn: digitsCode('ОГРН', [13, 15]),
  oktmo: digitsCode('ОКТМО', [8, 11]),
  region: optionalText(200),
  municipality: optionalText(200),
  town: optionalText(200),
  address: optionalText(500),
  directorName: requiredText('ФИО руководителя', 200),
  directorPosition: optionalText(200),
  coordinatorName: optionalText(200),
  coordinatorPhone: optionalText(50),
  coordinatorEmail: emailField,
  platformId: optionalText(100),
  certificatePrefix: z
    .string()
    .trim()
    .min(1, 'Укажите префикс номера сертификата')
    .max(12, 'Префикс не длиннее 12 символов')
    .regex(/^[A-ZА-ЯЁ0-9]+$/u, 'Префикс: заглавные буквы и цифры, без пробелов и дефисов'),
});

export type VenueFormValues = z.infer<typeof venueFormSchema>;

export const EMPTY_VENUE_FORM: VenueFormValues = {
  fullName: '',
  shortName: '',
  kind: 'cdtt',
  inn: '',
  ogrn: '',
  oktmo: '',
  region: '',
  municipality: '',
  town: '',
  address: '',
  directorName: '',
  directorPosition: 'Директор',
  coordinatorName: '',
  coordinatorPhone: '',
  coordinatorEmail: '',
  platformId: '',
  certificatePrefix: 'ПП',
};
