import { RuleError } from '../errors';

/**
 * What refers to a programme, a mentor or a place, and the one rule on it: a record something refers to is
 * never deleted, only archived (its history stays). The refusal carries the counts, so the words can list them.
 */
export interface ProgramReferences {
  groups: number;
  sessions: number;
  certificates: number;
}

export interface MentorReferences {
  sessions: number;
  programs: number;
}

export interface PlaceReferences {
  sessions: number;
}

export function programDeleteRefusal(r: ProgramReferences): RuleError | null {
  return r.groups + r.sessions + r.certificates > 0 ? new RuleError('programs.programInUse', { ...r }) : null;
}

export function mentorDeleteRefusal(r: MentorReferences): RuleError | null {
  return r.sessions + r.programs > 0 ? new RuleError('programs.mentorInUse', { ...r }) : null;
}

export function placeDeleteRefusal(r: PlaceReferences): RuleError | null {
  return r.sessions > 0 ? new RuleError('programs.placeInUse', { ...r }) : null;
}
