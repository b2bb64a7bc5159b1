import type { Id, IsoDate, IsoDateTime, Labels } from './common';
import type { Sex } from './participant';
import type { Format, Level } from './program';

export const CERTIFICATE_STATUSES = ['issued', 'cancelled', 'reissued'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];
export const CERTIFICATE_STATUS_LABELS: Labels<CertificateStatus> = {
  issued: 'Выдан',
  cancelled: 'Аннулирован',
  reissued: 'Перевыпущен',
};

/** What the certificate says, frozen at issue so later edits or anonymisation never rewrite it. */
export interface CertificateSnapshot {
  fio: string;
  schoolName: string;
  /** The short name, for the journal's table and filter (the certificate prints the full one). */
  schoolShortName?: string;
  grade: string;
  programTitle: string;
  profession: string;
  level: Level;
  format: Format;
  durationMinutes: number;
  completionDate: IsoDate;
  mentorName: string;
  /** The pupil's stored sex at issue (absent on certificates issued before it was kept): picks «прошёл» or «прошла». */
  sex?: Sex | null;
}

export interface Certificate {
  id: Id;
  /** `<prefix>-<year>-<NNNN>`, unique, never reused. */
  number: string;
  year: number;
  seq: number;
  participantId: Id;
  programId: Id;
  groupId: Id;
  issuedOn: IsoDate;
  status: CertificateStatus;
  cancelReason: string;
  /** For a reissued certificate: the certificate that replaced it. */
  replacedById: Id | null;
  /** For a replacement: the certificate it replaces. */
  replacesId: Id | null;
  verificationCode: string;
  snapshot: CertificateSnapshot;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

/** The last sequence number used in a year; numbers are allocated from it inside the issuing transaction. */
export interface CertificateCounter {
  year: number;
  lastSeq: number;
}
