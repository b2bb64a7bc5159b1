import type { IsoDate, LocalTime } from '../domain';
import { addDays, formatDate, weekday } from '../dates';

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

const WEEKDAY_DATIVE_PLURAL = [
  'понедельникам',
  'вторникам',
  'средам',
  'четвергам',
  'пятницам',
  'субботам',
  'воскресеньям',
] as const;

export const WEEKDAY_SHORT = ['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Вс'] as const;
export const WEEKDAY_NAMES = [
  'Понедельник',
  'Вторник',
  'Среда',
  'Четверг',
  'Пятница',
  'Суббота',
  'Воскресенье',
] as const;

/** «по вторникам и четвергам 15:00–16:30, 4 занятия, с 03.03.2026» */
export function describeSeries(request: SeriesRequest): string {
  const days = [...new Set(request.weekdays)]
    .filter((d) => d >= 1 && d <= 7)
    .sort((a, b) => a - b)
    .map((d) => WEEKDAY_DATIVE_PLURAL[d - 1]!);
  const dayText =
    days.length <= 1 ? (days[0] ?? '') : `${days.slice(0, -1).join(', ')} и ${days[days.length - 1]!}`;
  const n = request.count;
  const mod10 = n % 10;
  const mod100 = n % 100;
  const word =
    mod10 === 1 && mod100 !== 11
      ? 'занятие'
      : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)
        ? 'занятия'
        : 'занятий';
  return `по ${dayText} ${request.start}–${request.end}, ${n} ${word}, с ${formatDate(request.from)}`;
}
