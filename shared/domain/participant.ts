import type { Id, IsoDate, IsoDateTime, Labels } from './common';

/** A school (образовательная организация) the participants come from. */
export interface School {
  id: Id;
  fullName: string;
  shortName: string;
  /** Normalised full name, used to recognise the same school on import. */
  nameKey: string;
  municipality: string;
  inn: string;
  navigatorName: string;
  navigatorPhone: string;
  navigatorEmail: string;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

export const SEXES = ['M', 'F'] as const;
export type Sex = (typeof SEXES)[number];
export const SEX_LABELS: Labels<Sex> = { M: 'Мужской', F: 'Женский' };

export const VERIFICATION_STATUSES = ['verified', 'unverified'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];
export const VERIFICATION_LABELS: Labels<VerificationStatus> = {
  verified: 'Верифицирован',
  unverified: 'Не верифицирован',
};

export const PARTICIPANT_SOURCES = ['manual', 'platform-import', 'school-import', 'walk-in', 'demo'] as const;
export type ParticipantSource = (typeof PARTICIPANT_SOURCES)[number];

/** A pupil (участник). */
export interface Participant {
  id: Id;
  lastName: string;
  firstName: string;
  middleName: string;
  /** Normalised «Фамилия Имя Отчество» (lower case, single spaces, ё→е): the search and duplicate key. */
  fioKey: string;
  /** Normalised words of the ФИО and the platform id: a multi-entry index for word-prefix search. */
  searchWords: string[];
  birthDate: IsoDate | null;
  sex: Sex | null;
  schoolId: Id | null;
  grade: number | null;
  classLetter: string;
  contact: string;
  /** ОВЗ flag and nosology: health data, only with a valid health consent. */
  hasDisability: boolean;
  nosology: string;
  platformId: string | null;
  verification: VerificationStatus | null;
  source: ParticipantSource;
  /** Set when personal data was erased on request; the record stays for the aggregate counts. */
  anonymizedAt: IsoDateTime | null;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

export const CONSENT_KINDS = ['personal-data', 'health', 'media', 'third-party'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];
export const CONSENT_KIND_LABELS: Labels<ConsentKind> = {
  'personal-data': 'Обработка персональных данных',
  health: 'Специальная категория: здоровье',
  media: 'Фото- и видеосъёмка',
  'third-party': 'Передача третьим лицам',
};

/** A consent's scan as stored since schema version 3: the file's own bytes as a Blob, not a data URL. */
export interface StoredFile {
  name: string;
  type: string;
  blob: Blob;
}

/** A scan as schema versions 1 and 2 stored it (and backups of those versions carry it). */
export interface LegacyStoredFile {
  name: string;
  type: string;
  dataUrl: string;
}

/** A consent (согласие): since 1 Sep 2025 each one is its own document, so its own record. */
export interface Consent {
  id: Id;
  participantId: Id;
  kind: ConsentKind;
  guardianName: string;
  guardianRelation: string;
  signedOn: IsoDate;
  validUntil: IsoDate | null;
  withdrawnOn: IsoDate | null;
  scan: StoredFile | null;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

/** A saved column mapping of the import wizard. */
export interface ImportProfile {
  id: Id;
  name: string;
  /** Target field → source header. */
  mapping: Record<string, string>;
  createdAt: IsoDateTime;
}
