import { describe, expect, it } from 'vitest';
import {
  ATTENDANCE_STATUSES,
  CERTIFICATE_STATUSES,
  CONSENT_KINDS,
  ENROLLMENT_STATUSES,
  FORMATS,
  LEVELS,
  NOSOLOGIES,
  PLACE_KINDS,
  PROGRAM_STATUSES,
  SEXES,
  SPHERES,
  VENUE_KINDS,
  VERIFICATION_STATUSES,
} from '@shared/domain';
import { CERTIFICATE_TEMPLATES } from '@shared/certificates/design';
import { SKIP_REASONS } from '@shared/certificates/eligibility';
import { CONSENT_STATUSES } from '@shared/participants/consent-rules';
import ru from '../i18n/ru.json';
import en from '../i18n/en.json';
import type { EnumName } from './enum-label';

const ENUMS: Record<EnumName, readonly string[]> = {
  sphere: SPHERES,
  level: LEVELS,
  format: FORMATS,
  programStatus: PROGRAM_STATUSES,
  nosology: NOSOLOGIES,
  enrollmentStatus: ENROLLMENT_STATUSES,
  placeKind: PLACE_KINDS,
  attendanceStatus: ATTENDANCE_STATUSES,
  sex: SEXES,
  verification: VERIFICATION_STATUSES,
  consentKind: CONSENT_KINDS,
  consentStatus: CONSENT_STATUSES,
  venueKind: VENUE_KINDS,
  certificateStatus: CERTIFICATE_STATUSES,
  skipReason: SKIP_REASONS,
  certificateTemplate: CERTIFICATE_TEMPLATES,
};

describe('enum words', () => {
  it('every value of every domain enum has words in Russian and English, and no others', () => {
    for (const [lang, tree] of [
      ['ru', ru],
      ['en', en],
    ] as const) {
      const enums = tree.enums as Record<string, Record<string, string>>;
      for (const [name, values] of Object.entries(ENUMS)) {
        expect(Object.keys(enums[name] ?? {}).sort(), `${lang} ${name}`).toEqual([...values].sort());
      }
      expect(Object.keys(enums).sort()).toEqual(Object.keys(ENUMS).sort());
    }
  });

  it('the English words carry no Cyrillic apart from a quoted proper name', () => {
    const words = Object.values(en.enums as Record<string, Record<string, string>>).flatMap(Object.values);
    for (const w of words) expect(w.replace(/«[^»]*»/g, '')).not.toMatch(/[А-Яа-яЁё]/);
  });
});
