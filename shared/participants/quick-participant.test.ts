import { describe, expect, it } from 'vitest';
import { RuleError } from '../errors';
import { participantFromDraft } from './build';
import {
  EMPTY_QUICK_PARTICIPANT,
  parseQuickParticipant,
  quickParticipantDraft,
  quickParticipantSchema,
} from './quick-participant';

const anna = { ...EMPTY_QUICK_PARTICIPANT, lastName: ' Ёжикова  Петрова ', firstName: 'Анна', grade: 8 };

function refusal(input: typeof anna): RuleError {
  try {
    parseQuickParticipant(input);
  } catch (e) {
    if (e instanceof RuleError) return e;
  }
  throw new Error('not refused');
}

describe('quick participant', () => {
  it('accepts grades 1 to 11 like the participant form, and no grade', () => {
    for (const grade of [1, 4, 6, 11, null]) {
      expect(quickParticipantSchema.safeParse({ ...anna, grade }).success).toBe(true);
    }
    expect(quickParticipantSchema.safeParse({ ...anna, grade: 0 }).success).toBe(false);
    expect(quickParticipantSchema.safeParse({ ...anna, grade: 12 }).success).toBe(false);
    expect(quickParticipantSchema.safeParse({ ...anna, grade: 7.5 }).success).toBe(false);
  });

  it('refuses a missing last or first name, naming the field', () => {
    expect(refusal({ ...anna, lastName: '  ' })).toMatchObject({
      code: 'attendance.walkInInvalid',
      field: 'lastName',
    });
    expect(refusal({ ...anna, firstName: '' }).field).toBe('firstName');
    expect(refusal({ ...anna, grade: 12 }).field).toBe('grade');
  });

  it('becomes a walk-in participant with clean names and its search keys', () => {
    const p = participantFromDraft(
      quickParticipantDraft(parseQuickParticipant(anna)),
      's1',
      'walk-in',
      'now',
    );
    expect(p).toMatchObject({
      lastName: 'Ёжикова Петрова',
      firstName: 'Анна',
      middleName: '',
      grade: 8,
      schoolId: 's1',
      source: 'walk-in',
      birthDate: null,
      hasDisability: false,
    });
    expect(p.fioKey).toBe('ежикова петрова анна');
    expect(p.searchWords).toContain('ежикова');
  });
});
