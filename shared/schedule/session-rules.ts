import type { ErrorCode } from '../errors';
import { isIsoDate, isLocalTime, timeToMinutes } from '../dates';

export interface SessionFields {
  date: string | null;
  start: string;
  end: string;
  placeId: string | null;
  onlineLink: string;
}

export type SessionField = 'date' | 'start' | 'end' | 'placeId' | 'onlineLink';

/**
 * Field → error code (words in `features/schedule/locales` under `errors.<key>`) for what is wrong with a
 * session's fields; empty when it can be saved. Forms show the words with `fieldErrorText`.
 */
export function validateSessionFields(s: SessionFields): Partial<Record<SessionField, ErrorCode>> {
  const errors: Partial<Record<SessionField, ErrorCode>> = {};
  if (!s.date || !isIsoDate(s.date)) errors.date = 'schedule.sessionDate';
  if (!isLocalTime(s.start)) errors.start = 'schedule.sessionStart';
  if (!isLocalTime(s.end)) errors.end = 'schedule.sessionEnd';
  if (!errors.start && !errors.end && timeToMinutes(s.end) <= timeToMinutes(s.start))
    errors.end = 'schedule.sessionEndBeforeStart';
  const link = s.onlineLink.trim();
  if (!s.placeId && !link) errors.placeId = 'schedule.sessionPlace';
  if (link && !/^https?:\/\/\S+$/i.test(link)) errors.onlineLink = 'schedule.sessionLink';
  return errors;
}
