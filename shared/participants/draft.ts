import type { IsoDate } from '../domain/common';
import type { Sex, VerificationStatus } from '../domain/participant';

/**
 * The participant fields a row of an import file can carry. It lives with the participants (not with the
 * import), so `build.ts` turns a draft into a participant without `shared/participants` importing the import.
 */
export interface ParticipantDraft {
  lastName: string;
  firstName: string;
  middleName: string;
  birthDate: IsoDate | null;
  sex: Sex | null;
  grade: number | null;
  classLetter: string;
  contact: string;
  hasDisability: boolean | null;
  nosology: string;
  platformId: string | null;
  verification: VerificationStatus | null;
}
