import { z } from 'zod';
import { VENUE_KINDS } from '../domain/venue';
import { codedMessage } from '../errors';
import { digitsCode, emailField, optionalText, requiredText } from './common';

/** The venue profile form (Настройки → Профиль площадки). */
export const venueFormSchema = z.object({
  fullName: requiredText('common.venueFullNameRequired', 500),
  shortName: requiredText('common.venueShortNameRequired', 150),
  kind: z.enum(VENUE_KINDS, { error: 'common.venueKindRequired' }),
  inn: digitsCode({ digits: 'common.innDigits', length: 'common.innLength' }, [10, 12]),
  ogrn: digitsCode({ digits: 'common.ogrnDigits', length: 'common.ogrnLength' }, [13, 15]),
  oktmo: digitsCode({ digits: 'common.oktmoDigits', length: 'common.oktmoLength' }, [8, 11]),
  region: optionalText(200),
  municipality: optionalText(200),
  town: optionalText(200),
  address: optionalText(500),
  directorName: requiredText('common.directorNameRequired', 200),
  directorPosition: optionalText(200),
  coordinatorName: optionalText(200),
  coordinatorPhone: optionalText(50),
  coordinatorEmail: emailField,
  platformId: optionalText(100),
  pupilKeySecret: optionalText(200),
  certificatePrefix: z
    .string()
    .trim()
    .min(1, 'common.certificatePrefixRequired')
    .max(12, codedMessage('common.tooLong', { max: 12 }))
    .regex(/^[A-ZА-ЯЁ0-9]+$/u, 'common.certificatePrefixFormat'),
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
  pupilKeySecret: '',
  certificatePrefix: 'ПП',
};
