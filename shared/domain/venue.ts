import type { Id, IsoDateTime, Labels } from './common';

export const VENUE_ID: Id = 'venue';

export const VENUE_KINDS = ['cdtt', 'college', 'tochka-rosta', 'enterprise', 'school', 'other'] as const;
export type VenueKind = (typeof VENUE_KINDS)[number];
export const VENUE_KIND_LABELS: Labels<VenueKind> = {
  cdtt: 'Центр детского (юношеского) технического творчества',
  college: 'Колледж, техникум',
  'tochka-rosta': 'Центр «Точка роста»',
  enterprise: 'Предприятие',
  school: 'Общеобразовательная организация',
  other: 'Другое',
};

/** The venue profile (Настройки): one record per database, id `venue`. */
export interface Venue {
  id: Id;
  fullName: string;
  shortName: string;
  kind: VenueKind;
  inn: string;
  ogrn: string;
  oktmo: string;
  region: string;
  municipality: string;
  town: string;
  address: string;
  directorName: string;
  directorPosition: string;
  coordinatorName: string;
  coordinatorPhone: string;
  coordinatorEmail: string;
  /** The venue's id on the federal platform. */
  platformId: string;
  /**
   * The venue's own stable id, made once when the profile is first saved and never changed: a consolidation
   * of many venues' reports tells venues apart by it (docs/consolidation.md). Absent on profiles saved before.
   */
  venueId?: string;
  /** The secret the region hands to its venues for the pseudonymous pupil key; empty or absent: no keys. */
  pupilKeySecret?: string;
  /**
   * The secrets of certificate verification codes and pupils' QR codes (schema v4): the first makes new codes,
   * every one verifies. On the profile so that it syncs: a code made on one PC verifies on every PC of the venue.
   */
  verificationSecrets?: string[];
  /** Certificate numbers read `<prefix>-<year>-<NNNN>`. */
  certificatePrefix: string;
  /** Images as data URLs, so a backup file carries them as plain text. */
  logoDataUrl: string | null;
  signatureDataUrl: string | null;
  /** True while the database holds the made-up demo venue. */
  isDemo: boolean;
  updatedAt: IsoDateTime;
}
