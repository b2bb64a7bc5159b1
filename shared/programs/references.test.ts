import { describe, expect, it } from 'vitest';
import { mentorDeleteRefusal, placeDeleteRefusal, programDeleteRefusal } from './references';

describe('delete refusals', () => {
  it('refuse while anything refers to the record, with the counts as parameters', () => {
    expect(programDeleteRefusal({ groups: 0, sessions: 0, certificates: 0 })).toBeNull();
    const program = programDeleteRefusal({ groups: 1, sessions: 0, certificates: 2 });
    expect(program?.code).toBe('programs.programInUse');
    expect(program?.params).toEqual({ groups: 1, sessions: 0, certificates: 2 });
    expect(mentorDeleteRefusal({ sessions: 0, programs: 0 })).toBeNull();
    expect(mentorDeleteRefusal({ sessions: 3, programs: 0 })?.code).toBe('programs.mentorInUse');
    expect(placeDeleteRefusal({ sessions: 0 })).toBeNull();
    expect(placeDeleteRefusal({ sessions: 1 })?.params).toEqual({ sessions: 1 });
  });
});
