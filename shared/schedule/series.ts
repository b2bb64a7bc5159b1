import type { IsoDate, LocalTime } from '../domain';
import { addDays, weekday } from '../dates';

export interface SeriesRequest {
  /** The first date the series may use. */
  from: IsoDate;
  /** ISO weekdays (Monday = 1 … Sunday = 7) the sessions fall on. */
  weekdays: readonly number[];
  /** How many sessions the series must hold (skipped dates do not count). */
  count: number;
  start: LocalTime;
  end: LocalTime;
  /** Dates the person unticked (holidays, a school trip): left out, and the series runs on to keep the count. */
  skipped?: ReadonlySet<IsoDate> | readonly IsoDate[];
}

export interface SeriesDate {
  date: IsoDate;
  start: LocalTime;
  end: LocalTime;
  skipped: boolean;
}

/** A series never runs longer than this, so a bad request cannot loop for ever. */
export const SERIES_MAX_DAYS = 366;
export const SERIES_MAX_COUNT = 60;

/**
 * The dates of a weekly series: «по вторникам 15:00–16:30, 4 занятия» from `from`. Skipped dates stay in
 * the list (marked) so the form can show them unticked; the series goes on until `count` dates are kept.
 */
export function generateSeries(request: SeriesRequest): SeriesDate[] {
  const days = new Set(request.weekdays.filter((d) => Number.isInteger(d) && d >= 1 && d <= 7));
  const count = Math.min(Math.max(0, Math.floor(request.count)), SERIES_MAX_COUNT);
  if (days.size === 0 || count === 0) return [];
  const skipped = new Set(request.skipped ?? []);
  const out: SeriesDate[] = [];
  let kept = 0;
  for (let i = 0; i < SERIES_MAX_DAYS && kept < count; i++) {
    const date = addDays(request.from, i);
    if (!days.has(weekday(date))) continue;
    const isSkipped = skipped.has(date);
    out.push({ date, start: request.start, end: request.end, skipped: isSkipped });
    if (!isSkipped) kept += 1;
  }
  return out;
}

/** Only the dates that become sessions. */
export function seriesSessions(request: SeriesRequest): SeriesDate[] {
  return generateSeries(request).filter((d) => !d.skipped);
}

/** The weekdays' names for documents (the week's PDF); the interface takes its words from the locale. */
export const WEEKDAY_NAMES = [
  'Понедельник',
  'Вторник',
  'Среда',
  'Четверг',
  'Пятница',
  'Суббота',
  'Воскресенье',
] as const;

/** The series' weekdays as the summary names them: each once, Monday first, only 1–7. */
export function seriesWeekdays(weekdays: readonly number[]): number[] {
  return [...new Set(weekdays)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);
}
