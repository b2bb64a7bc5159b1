import type { IsoDate, LocalTime } from './domain/common';

/**
 * Local calendar dates and wall-clock times. Everything works on the `YYYY-MM-DD` / `HH:MM` strings or on
 * local Date parts, never on UTC, so a session on 12.03.2026 stays on that day in any time zone.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const RU_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** Zero-padded to `width` digits (two by default): `5` → `05`. */
export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function isValidDateParts(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(year, month, 0).getDate();
}

export function isIsoDate(value: string): value is IsoDate {
  const m = ISO_DATE.exec(value);
  return !!m && isValidDateParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function toIsoDate(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** `12.03.2026` → `2026-03-12`; null for anything that is not a real calendar date. */
export function parseRuDate(text: string): IsoDate | null {
  const m = RU_DATE.exec(text.trim());
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDateParts(year, month, day) ? toIsoDate(year, month, day) : null;
}

/** `2026-03-12` → `12.03.2026`; an empty string for null. */
export function formatDate(date: IsoDate | null | undefined): string {
  if (!date) return '';
  const m = ISO_DATE.exec(date);
  if (!m) return date;
  return `${m[3]}.${m[2]}.${m[1]}`;
}

export function isLocalTime(value: string): value is LocalTime {
  return TIME.test(value);
}

/** Normalises `9:05` to `09:05`; null when it is not a time of day. */
export function parseTime(text: string): LocalTime | null {
  const m = TIME.exec(text.trim());
  return m ? `${pad(Number(m[1]))}:${m[2]}` : null;
}

export function timeToMinutes(time: LocalTime): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

export function minutesToTime(minutes: number): LocalTime {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** The local date of a Date object (not its UTC date). */
export function dateToIso(date: Date): IsoDate {
  return toIsoDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** A local Date at midnight of an ISO date. */
export function isoToDate(date: IsoDate): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

export function todayIso(now: Date = new Date()): IsoDate {
  return dateToIso(now);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = isoToDate(date);
  d.setDate(d.getDate() + days);
  return dateToIso(d);
}

/** Monday of the week containing `date` (weeks start on Monday). */
export function startOfWeek(date: IsoDate): IsoDate {
  const d = isoToDate(date);
  const shift = (d.getDay() + 6) % 7;
  return addDays(date, -shift);
}

/** 1-based ISO weekday: Monday = 1 … Sunday = 7. */
export function weekday(date: IsoDate): number {
  return ((isoToDate(date).getDay() + 6) % 7) + 1;
}

/** Whole years between a birth date and a date. */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * An Excel serial day number (1900 date system, with Excel's phantom 29.02.1900) → ISO date.
 * Serial 1 is 01.01.1900; serial 61 is 01.03.1900.
 */
export function excelSerialToIso(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const whole = Math.floor(serial);
  const days = whole > 59 ? whole - 1 : whole;
  const d = new Date(Date.UTC(1899, 11, 31) + days * 86400000);
  return toIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * A Date read from a spreadsheet library: spreadsheet dates have no zone, and libraries hand them over as
 * UTC midnight, so the UTC parts are the calendar date.
 */
export function spreadsheetDateToIso(date: Date): IsoDate | null {
  if (Number.isNaN(date.getTime())) return null;
  return toIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

export function quarterOf(date: IsoDate): Quarter {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return { year: y, quarter: (Math.floor((m - 1) / 3) + 1) as Quarter['quarter'] };
}

export function quarterRange({ year, quarter }: Quarter): { from: IsoDate; to: IsoDate } {
  const firstMonth = (quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  return {
    from: toIsoDate(year, firstMonth, 1),
    to: toIsoDate(year, lastMonth, daysInMonth(year, lastMonth)),
  };
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** The quarter's Roman numeral (`III`), for «III квартал 2026» in either language's words. */
export function quarterRoman(quarter: Quarter['quarter']): string {
  return ROMAN[quarter - 1] ?? String(quarter);
}

/** «III квартал 2026»: for documents (report sheets); the interface words it from its locale. */
export function quarterLabel({ year, quarter }: Quarter): string {
  return `${quarterRoman(quarter)} квартал ${year}`;
}

/** `ДД.ММ.ГГГГ ЧЧ:ММ` in local time (when a backup was made, an audit entry written); empty for a bad instant. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
