import type { Consent, Participant } from '@shared/domain';
import { withKeys } from '@shared/participants/build';

/** The moment the database tests' records were made. */
export const TEST_NOW = '2026-09-01T10:00:00.000Z';

/** A stored participant for the database tests (Анна, born 04.03.2011, 8 «А»), its keys computed. */
export function testParticipant(
  over: Partial<Participant> & Pick<Participant, 'id' | 'lastName'>,
): Participant {
  return withKeys({
    firstName: 'Анна',
    middleName: '',
    fioKey: '',
    searchWords: [],
    birthDate: '2011-03-04',
    sex: 'F',
    schoolId: null,
    grade: 8,
    classLetter: 'А',
    contact: '',
    hasDisability: false,
    nosology: '',
    platformId: null,
    verification: null,
    source: 'manual',
    anonymizedAt: null,
    createdAt: TEST_NOW,
    updatedAt: TEST_NOW,
    ...over,
  });
}

/** A consent signed by the mother on 01.09.2026, with no end date, for the database tests. */
export function testConsent(
  id: string,
  participantId: string,
  kind: Consent['kind'],
  over: Partial<Consent> = {},
): Consent {
  return {
    id,
    participantId,
    kind,
    guardianName: 'Иванова Мария Петровна',
    guardianRelation: 'мать',
    signedOn: '2026-09-01',
    validUntil: null,
    withdrawnOn: null,
    scan: null,
    createdAt: TEST_NOW,
    updatedAt: TEST_NOW,
    ...over,
  };
}
