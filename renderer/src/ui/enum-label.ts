import type {
  AttendanceStatus,
  CertificateStatus,
  ConsentKind,
  EnrollmentStatus,
  Format,
  Level,
  Nosology,
  PlaceKind,
  ProgramStatus,
  Sex,
  Sphere,
  VenueKind,
  VerificationStatus,
} from '@shared/domain';
import type { CertificateTemplate } from '@shared/certificates/design';
import type { SkipReason } from '@shared/certificates/eligibility';
import type { ConsentStatus } from '@shared/participants/consent-rules';
import i18n from '../i18n';

/**
 * The interface's words for a domain enum's value, in the current language: `enums.<enum>.<value>` in the
 * common locale. The Russian `*_LABELS` maps in `shared/` are for documents (PDF, XLSX) only.
 */
export interface EnumValues {
  sphere: Sphere;
  level: Level;
  format: Format;
  programStatus: ProgramStatus;
  nosology: Nosology;
  enrollmentStatus: EnrollmentStatus;
  placeKind: PlaceKind;
  attendanceStatus: AttendanceStatus;
  sex: Sex;
  verification: VerificationStatus;
  consentKind: ConsentKind;
  consentStatus: ConsentStatus;
  venueKind: VenueKind;
  certificateStatus: CertificateStatus;
  skipReason: SkipReason;
  certificateTemplate: CertificateTemplate;
}

export type EnumName = keyof EnumValues;

export function enumLabel<E extends EnumName>(name: E, value: EnumValues[E]): string {
  return i18n.t(`enums.${name}.${value}`, { ns: 'common' });
}

/** Options for a Select: every value of the enum with its words, in the enum's own order. */
export function enumOptions<E extends EnumName>(
  name: E,
  values: readonly EnumValues[E][],
): { value: EnumValues[E]; label: string }[] {
  return values.map((value) => ({ value, label: enumLabel(name, value) }));
}
