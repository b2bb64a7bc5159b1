import type { IsoDate } from '../domain';

/**
 * How long a venue keeps a pupil's personal data after the pupil's last trial (Настройки › «Хранение данных»,
 * docs/retention.md). 152-ФЗ asks that data be kept no longer than its purpose needs; the purpose here is
 * running the trials and reporting them.
 *
 * The range: at least 1 year, because the programme year's reports on the federal platform and the
 * certificates issued refer to the pupil until that year is closed; at most 5 years, the longest a pupil
 * stays in the programme (grades 6–11) so a pupil can come back to a later trial with their record.
 */
export const RETENTION_YEARS_DEFAULT = 3;
export const RETENTION_YEARS_MIN = 1;
export const RETENTION_YEARS_MAX = 5;

/** A stored term made safe: whole years within the allowed range (the default for anything else). */
export function clampRetentionYears(years: number): number {
  if (!Number.isFinite(years)) return RETENTION_YEARS_DEFAULT;
  return Math.min(RETENTION_YEARS_MAX, Math.max(RETENTION_YEARS_MIN, Math.round(years)));
}

/**
 * The first day a pupil whose last trial was on `lastTrial` is past the term: the same calendar day `years`
 * later (29 February becomes 1 March in a year without it).
 */
export function retentionEndDay(lastTrial: IsoDate, years: number): IsoDate {
  const year = Number(lastTrial.slice(0, 4)) + clampRetentionYears(years);
  const monthDay = lastTrial.slice(4);
  if (monthDay === '-02-29' && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) {
    return `${year}-03-01`;
  }
  return `${year}${monthDay}`;
}

/**
 * THE rule «past the term»: the pupil's last trial (the last session they were enrolled in or marked at; the
 * day the record was made when they never had one) was `years` or more ago. An anonymised record holds
 * nothing to erase and is never past the term.
 */
export function isPastRetention(
  pupil: { lastTrial: IsoDate | null; createdOn: IsoDate; anonymized: boolean },
  years: number,
  today: IsoDate,
): boolean {
  if (pupil.anonymized) return false;
  return retentionEndDay(pupil.lastTrial ?? pupil.createdOn, years) <= today;
}

/** A consent is listed as lapsed when its `validUntil` has passed and it was not withdrawn. */
export function isConsentLapsed(
  consent: { validUntil: IsoDate | null; withdrawnOn: IsoDate | null },
  today: IsoDate,
): boolean {
  return consent.validUntil !== null && consent.validUntil < today && consent.withdrawnOn === null;
}

/** The month a dismissed reminder stays dismissed for: «ГГГГ-ММ». */
export function reminderMonth(today: IsoDate): string {
  return today.slice(0, 7);
}
