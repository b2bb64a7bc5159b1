/**
 * Schema version 1. Never edit a released version: add `vN.ts` with the changed stores and an `upgrade()`,
 * register it in `versions/index.ts` (see the steps there), and add `vN.test.ts` that opens a database made by version N−1.
 *
 * Index notes: booleans are not valid IndexedDB keys, so flags are never indexed; null values are simply
 * left out of an index (a participant without a birth date is not in `[fioKey+birthDate]`).
 */
export const V1_STORES = {
  venue: 'id',
  programs: 'id, titleKey, status, sphere, *mentorIds',
  mentors: 'id, lastName',
  places: 'id, name',
  schools: 'id, nameKey, inn',
  participants:
    'id, fioKey, [fioKey+birthDate], platformId, schoolId, [schoolId+grade], grade, *searchWords, updatedAt',
  consents: 'id, participantId, [participantId+kind]',
  groups: 'id, programId',
  sessions: 'id, groupId, programId, date, [date+start], placeId, *mentorIds',
  enrollments: 'id, groupId, participantId, &[groupId+participantId]',
  attendance: 'id, sessionId, participantId, groupId',
  certificates:
    'id, &number, participantId, programId, groupId, [participantId+programId], issuedOn, status, year',
  certificateCounters: 'year',
  auditLog: '++id, at, action',
  settings: 'key',
  importProfiles: 'id, name',
} as const;
