import { newId, type Group, type Id, type Session } from '../domain';
import { parseTime } from '../dates';
import { RuleError, type ErrorCode } from '../errors';
import { hasRefusal, type Conflict } from './conflicts';
import { validateSessionFields, type SessionField } from './session-rules';

/** The fields of a session the forms edit; `id` is set when changing an existing session. */
export interface SessionDraft {
  id?: Id;
  date: string;
  start: string;
  end: string;
  placeId: Id | null;
  onlineLink: string;
  mentorIds: Id[];
}

/**
 * The outcome of a save that runs the schedule checks: saved (with the warnings the person accepted),
 * refused (nothing written), or waiting for the person to confirm the listed conflicts (nothing written).
 */
export type ScheduleSaveResult<T> =
  | { status: 'saved'; value: T; warnings: Conflict[] }
  | { status: 'refused'; conflicts: Conflict[] }
  | { status: 'confirm'; conflicts: Conflict[] };

export interface SaveOptions {
  /** The person has seen the place / mentor / grade conflicts and wants to save anyway. */
  acceptWarnings?: boolean;
}

/** Decides from the conflicts whether the save may go ahead. */
export function verdict(conflicts: Conflict[], options: SaveOptions): 'go' | 'refused' | 'confirm' {
  if (hasRefusal(conflicts)) return 'refused';
  if (conflicts.length > 0 && !options.acceptWarnings) return 'confirm';
  return 'go';
}

/**
 * The same problems as the form's field errors, said about a draft among several («Занятие 3: …»). The words
 * take the i18next context `numbered` when there is a number, so one draft reads «Занятие: …».
 */
const DRAFT_ERRORS: Record<SessionField, ErrorCode> = {
  date: 'schedule.draftDate',
  start: 'schedule.draftStart',
  end: 'schedule.draftEnd',
  placeId: 'schedule.draftPlace',
  onlineLink: 'schedule.draftLink',
};

/**
 * Refuses a draft a form should have caught (a save called from code, or a form that let it through).
 * `number` is the draft's place among several, shown in the message; omit it for a single draft.
 */
export function assertSessionDraft(draft: SessionDraft, number?: number): void {
  const errors = validateSessionFields(draft);
  const field = (Object.keys(errors) as SessionField[])[0];
  if (!field) return;
  const endBeforeStart = errors.end === 'schedule.sessionEndBeforeStart';
  const code = field === 'end' && endBeforeStart ? 'schedule.draftEndBeforeStart' : DRAFT_ERRORS[field];
  throw new RuleError(code, number === undefined ? {} : { number, context: 'numbered' }, field);
}

/** Refuses an empty list of drafts, then each draft in turn (numbered when there are several). */
export function assertSessionDrafts(drafts: readonly SessionDraft[]): void {
  if (drafts.length === 0) throw new RuleError('schedule.noSessions');
  drafts.forEach((d, i) => assertSessionDraft(d, drafts.length > 1 ? i + 1 : undefined));
}

/** The session a draft describes in a group, keeping what the draft does not edit from `previous`. */
export function sessionFromDraft(
  draft: SessionDraft,
  group: Group,
  now: string,
  previous?: Session,
): Session {
  return {
    platformConfirmedOn: null,
    cancelReason: '',
    status: 'planned',
    createdAt: now,
    ...previous,
    id: previous?.id ?? draft.id ?? newId(),
    groupId: group.id,
    programId: group.programId,
    date: draft.date,
    start: parseTime(draft.start) ?? draft.start,
    end: parseTime(draft.end) ?? draft.end,
    placeId: draft.placeId,
    onlineLink: draft.onlineLink.trim(),
    mentorIds: [...new Set(draft.mentorIds)],
    updatedAt: now,
  };
}

/**
 * Whether a saved session differs from what it was in what the checks look at (status, time, date, place,
 * mentors): only such a change re-checks a session.
 */
export function needsRecheck(before: Session | undefined, after: Session): boolean {
  return (
    !before ||
    before.status !== after.status ||
    before.date !== after.date ||
    before.start !== after.start ||
    before.end !== after.end ||
    before.placeId !== after.placeId ||
    before.mentorIds.join() !== after.mentorIds.join()
  );
}
