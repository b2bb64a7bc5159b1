import type { ReportColumn } from '../reports/report-table';
import { REPORT_PARTICIPANT_COLUMNS } from '../reports/quarterly-report';

/**
 * The consolidated report's sheets and columns (docs/consolidation.md). A consolidated report is itself a
 * valid input of a higher-level consolidation (municipality → region), so the reader below knows both shapes.
 */

/** The «Сводка» columns a consolidation adds up, found by their headers (never by position). */
export const TOTAL_HEADERS = [
  'Проведено занятий',
  'Записано',
  'Прошли пробу',
  '6–7 кл.',
  '8–9 кл.',
  '10–11 кл.',
  'в т.ч. с ОВЗ',
  'Выдано сертификатов',
] as const;

/** The eight figures in `TOTAL_HEADERS` order. */
export type Totals = number[];

export function zeroTotals(): Totals {
  return TOTAL_HEADERS.map(() => 0);
}

export function addTotals(into: Totals, more: readonly number[]): void {
  for (let i = 0; i < into.length; i++) into[i]! += more[i] ?? 0;
}

const totalColumns: ReportColumn[] = TOTAL_HEADERS.map((header) => ({ header, kind: 'number', width: 11 }));

export const CONSOLIDATED_SHEET_NAMES = [
  'Титул',
  'Свод',
  'По средам',
  'По муниципалитетам',
  'Уникальные участники',
  'Участники',
  'Проверка',
] as const;

export const VENUE_ROW_HEADERS = {
  venue: 'Площадка',
  venueId: 'ID площадки',
  inn: 'ИНН',
  region: 'Регион',
  municipality: 'Муниципалитет',
  generated: 'Сформирован',
  sphere: 'Среда',
  venues: 'Площадок',
  unique: 'Уникальных участников',
} as const;

/** «Свод»: one row per venue, then «Итого». */
export const VENUE_COLUMNS: ReportColumn[] = [
  { header: VENUE_ROW_HEADERS.venue, kind: 'text', width: 44 },
  { header: VENUE_ROW_HEADERS.venueId, kind: 'text', width: 38 },
  { header: VENUE_ROW_HEADERS.inn, kind: 'text', width: 13 },
  { header: VENUE_ROW_HEADERS.region, kind: 'text', width: 24 },
  { header: VENUE_ROW_HEADERS.municipality, kind: 'text', width: 26 },
  { header: VENUE_ROW_HEADERS.generated, kind: 'date', width: 13 },
  ...totalColumns,
];

/** «По средам»: the venues' «Сводка» rows added up by «Среда». */
export const SPHERE_COLUMNS: ReportColumn[] = [
  { header: VENUE_ROW_HEADERS.sphere, kind: 'text', width: 26 },
  // A venue with trials in two spheres is in both rows: the sum would count it twice.
  { header: VENUE_ROW_HEADERS.venues, kind: 'number', width: 10, summed: false },
  ...totalColumns,
];

/** «По муниципалитетам»: the venues added up by municipality, with the distinct pupils reached there. */
export const MUNICIPALITY_COLUMNS: ReportColumn[] = [
  { header: VENUE_ROW_HEADERS.municipality, kind: 'text', width: 30 },
  { header: VENUE_ROW_HEADERS.venues, kind: 'number', width: 10 },
  ...totalColumns,
  // One pupil may try venues of two municipalities: «Итого» holds the distinct count over all, not a sum.
  { header: VENUE_ROW_HEADERS.unique, kind: 'number', width: 13, summed: false },
];

export const UNIQUE_COLUMNS: ReportColumn[] = [
  { header: 'Показатель', kind: 'text', width: 52 },
  { header: 'Значение', kind: 'number', width: 12 },
];

/** «Участники» of a consolidation: the venue report's columns, then the venue each row came from. */
export const CONSOLIDATED_PARTICIPANT_COLUMNS: ReportColumn[] = [
  ...REPORT_PARTICIPANT_COLUMNS,
  { header: VENUE_ROW_HEADERS.venue, kind: 'text', width: 40 },
  { header: VENUE_ROW_HEADERS.venueId, kind: 'text', width: 38 },
];

export const CHECK_COLUMNS: ReportColumn[] = [
  { header: 'Файл', kind: 'text', width: 36 },
  { header: 'Площадка', kind: 'text', width: 36 },
  { header: 'Лист', kind: 'text', width: 14 },
  { header: 'Строка', kind: 'number', width: 8 },
  { header: 'Итог', kind: 'text', width: 22 },
  { header: 'Причина', kind: 'text', width: 90 },
];

export const CHECK_REFUSED = 'файл не принят';
export const CHECK_DOUBTFUL = 'принят, проверьте';
