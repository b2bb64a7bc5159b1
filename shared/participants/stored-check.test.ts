import { describe, expect, it } from 'vitest';
import { participantFromDraft } from './build';
import type { ParticipantDraft } from './draft';
import { storedParticipantProblem } from './stored-check';

const draft: ParticipantDraft = {
  lastName: 'Иванов',
  firstName: 'Иван',
  middleName: '',
  birthDate: '2012-01-01',
  sex: null,
  grade: 8,
  classLetter: 'А',
  contact: '',
  hasDisability: null,
  nosology: '',
  platformId: null,
  verification: null,
};

describe('storedParticipantProblem', () => {
  it('a record the card can save has no problem', () => {
    expect(storedParticipantProblem(participantFromDraft(draft, null, 'school-import', ''))).toBeNull();
  });

  it('a 300-character surname, a long contact or platform id, a grade outside 1–11 are what the card refuses', () => {
    const p = (over: Partial<ParticipantDraft>) =>
      participantFromDraft({ ...draft, ...over }, null, 'school-import', '');
    expect(storedParticipantProblem(p({ lastName: 'Я'.repeat(300) }))).toEqual({
      field: 'lastName',
      code: 'common.tooLong',
      params: { max: 100 },
    });
    expect(storedParticipantProblem(p({ contact: '1'.repeat(201) }))?.field).toBe('contact');
    expect(storedParticipantProblem(p({ platformId: '7'.repeat(51) }))?.field).toBe('platformId');
    expect(storedParticipantProblem(p({ grade: 12 }))).toMatchObject({
      field: 'grade',
      code: 'participants.gradeRange',
    });
  });
});
