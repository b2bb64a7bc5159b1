import type { IsoDate } from '../domain/common';
import { isIsoDate, parseRuDate } from '../dates';
import { RuleError, type ErrorParams } from '../errors';
import { cellText, isDateCell, type Cell, type CellTable } from '../import/cells';
import { normalizeKey } from '../text/normalize';
import {
  PARTICIPANT_COLUMNS,
  PUPIL_KEY_HEADER,
  REPORT_KIND_CONSOLIDATED,
  TITLE_LABELS,
} from '../reports/quarterly-report';
import { TOTAL_LABEL } from '../reports/report-table';
import { TOTAL_HEADERS, VENUE_ROW_HEADERS, addTotals, zeroTotals, type Totals } from './contract';

/** One venue inside a report file: the file's own venue, or a row of a consolidation's «Свод». */
export interface VenueEntry {
  /** How venues are told apart: the venue id, or for a report without one its ИНН and name. */
  identity: string;
  venueId: string;
  name: string;
  inn: string;
  region: string;
  municipality: string;
  generatedOn: IsoDate | null;
  totals: Totals;
}

/** One completed trial of «Участники». */
export interface ParticipantEntry {
  /** The row in its sheet, 1-based as Excel shows it. */
  row: number;
  venueIdentity: string;
  /** The row's cells as read, in `PARTICIPANT_COLUMNS` order (dates as ISO text), for the consolidated list. */
  cells: (string | number | null)[];
  fio: string;
  birthDate: IsoDate | null;
  platformId: string;
  pupilKey: string;
}

/** A row or a fact a person should look at; the file is still consolidated. */
export interface FileNote {
  sheet: string;
  row: number | null;
  code: `consolidation.${string}`;
  params: ErrorParams;
}

/** What a consolidation takes from one report file. */
export interface ParsedReport {
  file: string;
  kind: 'venue' | 'consolidated';
  /** 1 for reports made before the machine-readable rows existed. */
  version: number;
  name: string;
  period: { from: IsoDate; to: IsoDate };
  generatedOn: IsoDate | null;
  venues: VenueEntry[];
  /** «Сводка» (or «По средам») figures by sphere label. */
  spheres: { sphere: string; venues: number; totals: Totals }[];
  participants: ParticipantEntry[];
  notes: FileNote[];
}

/** Sheets of a workbook by name; a Map, so a sheet named «__proto__» is only a name. */
export type SheetTables = ReadonlyMap<string, CellTable>;

const headerKey = (text: string) => normalizeKey(text);

function notReport(file: string, detail: string): RuleError {
  return new RuleError('consolidation.notReport', { file, detail });
}

/** Column indexes by normalised header text; the first of two equal headers wins. */
function headerIndex(row: readonly Cell[] | undefined): Map<string, number> {
  const map = new Map<string, number>();
  (row ?? []).forEach((cell, i) => {
    const key = headerKey(cellText(cell));
    if (key && !map.has(key)) map.set(key, i);
  });
  return map;
}

function requireColumns(file: string, sheet: string, index: Map<string, number>, headers: readonly string[]) {
  const missing = headers.filter((h) => !index.has(headerKey(h)));
  if (missing.length > 0)
    throw notReport(file, `«${sheet}»: нет столбцов ${missing.map((m) => `«${m}»`).join(', ')}`);
  return headers.map((h) => index.get(headerKey(h))!);
}

function requireSheet(file: string, sheets: SheetTables, name: string): CellTable {
  const table = sheets.get(name);
  if (!table) throw notReport(file, `нет листа «${name}»`);
  return table;
}

export function cellDate(cell: Cell | undefined): IsoDate | null {
  if (cell === null || cell === undefined) return null;
  if (isDateCell(cell)) return cell.date;
  const text = cellText(cell);
  if (isIsoDate(text)) return text;
  return parseRuDate(text);
}

/** A count cell: a whole number ≥ 0, or null when it is something else (noted by the caller). */
function cellCount(cell: Cell | undefined): number | null {
  if (cell === null || cell === undefined) return 0;
  const n = typeof cell === 'number' ? cell : Number(cellText(cell).replace(/\s/g, ''));
  return Number.isInteger(n) && n >= 0 ? n : null;
}

const isTotalRow = (row: readonly Cell[]) => cellText(row[0]) === TOTAL_LABEL;
const isBlank = (row: readonly Cell[] | undefined) => !row || row.every((c) => cellText(c) === '');

/** Data rows of a table sheet: after the header, up to «Итого» or the end; blank rows skipped. */
function dataRows(table: CellTable): { row: Cell[]; number: number }[] {
  const out: { row: Cell[]; number: number }[] = [];
  for (let r = 1; r < table.length; r++) {
    const row = table[r]!;
    if (isTotalRow(row)) break;
    if (!isBlank(row)) out.push({ row, number: r + 1 });
  }
  return out;
}

function totalRowOf(table: CellTable): Cell[] | null {
  return table.find((row, i) => i > 0 && isTotalRow(row)) ?? null;
}

function readTotals(
  row: readonly Cell[],
  columns: readonly number[],
  note: (code: `consolidation.${string}`, params: ErrorParams) => void,
): Totals {
  return columns.map((c, i) => {
    const n = cellCount(row[c]);
    if (n === null) {
      note('consolidation.badNumber', { column: TOTAL_HEADERS[i]!, value: cellText(row[c]) });
      return 0;
    }
    return n;
  });
}

/** «Титул» as label → value cell. */
function titleValues(file: string, sheets: SheetTables): Map<string, Cell> {
  const table = requireSheet(file, sheets, 'Титул');
  const values = new Map<string, Cell>();
  for (const row of table.slice(1)) {
    const label = headerKey(cellText(row[0]));
    if (label && !values.has(label)) values.set(label, row[1] ?? null);
  }
  return values;
}

export function venueIdentity(venueId: string, inn: string, name: string): string {
  return venueId ? `id:${venueId}` : `name:${inn}|${normalizeKey(name)}`;
}

/**
 * Reads one report file (its sheets as cell tables) into what a consolidation needs. A venue's quarterly
 * report of any format version, or a consolidation made by this app, is accepted; anything else throws
 * `consolidation.notReport` naming the file and what is missing.
 */
export function parseReportFile(file: string, sheets: SheetTables): ParsedReport {
  const title = titleValues(file, sheets);
  const text = (label: string) => cellText(title.get(headerKey(label)) ?? null);
  const from = cellDate(title.get(headerKey(TITLE_LABELS.from)));
  const to = cellDate(title.get(headerKey(TITLE_LABELS.to)));
  if (!from || !to) throw notReport(file, '«Титул»: нет дат «Период с» и «Период по»');
  const versionCell = title.get(headerKey(TITLE_LABELS.version));
  const version = versionCell === undefined ? 1 : (cellCount(versionCell) ?? 1);
  const kind =
    normalizeKey(text(TITLE_LABELS.kind)) === normalizeKey(REPORT_KIND_CONSOLIDATED)
      ? 'consolidated'
      : 'venue';
  const notes: FileNote[] = [];
  const noteIn =
    (sheet: string, row: number | null) =>
    (code: `consolidation.${string}`, params: ErrorParams = {}) =>
      notes.push({ sheet, row, code, params });
  const base = {
    file,
    kind,
    version,
    name: text(TITLE_LABELS.venue),
    period: { from, to },
    generatedOn: cellDate(title.get(headerKey(TITLE_LABELS.generated))),
    notes,
  } as const;

  const venues: VenueEntry[] = [];
  const spheres = new Map<string, { sphere: string; venues: number; totals: Totals }>();
  if (kind === 'venue') {
    const summary = requireSheet(file, sheets, 'Сводка');
    const index = headerIndex(summary[0]);
    const totalCols = requireColumns(file, 'Сводка', index, TOTAL_HEADERS);
    const [sphereCol] = requireColumns(file, 'Сводка', index, [VENUE_ROW_HEADERS.sphere]);
    const totals = zeroTotals();
    for (const { row, number } of dataRows(summary)) {
      const figures = readTotals(row, totalCols, noteIn('Сводка', number));
      addTotals(totals, figures);
      const sphere = cellText(row[sphereCol!]);
      let entry = spheres.get(sphere);
      if (!entry) spheres.set(sphere, (entry = { sphere, venues: 1, totals: zeroTotals() }));
      addTotals(entry.totals, figures);
    }
    const written = totalRowOf(summary);
    if (written) {
      const stated = readTotals(written, totalCols, () => undefined);
      if (stated.some((n, i) => n !== totals[i]))
        noteIn('Сводка', summary.indexOf(written) + 1)('consolidation.totalsDiffer');
    }
    const venueId = text(TITLE_LABELS.venueId);
    const inn = text(TITLE_LABELS.inn);
    venues.push({
      identity: venueIdentity(venueId, inn, base.name),
      venueId,
      name: base.name,
      inn,
      region: text(TITLE_LABELS.region),
      municipality: text(TITLE_LABELS.municipality),
      generatedOn: base.generatedOn,
      totals,
    });
  } else {
    const svod = requireSheet(file, sheets, 'Свод');
    const index = headerIndex(svod[0]);
    const totalCols = requireColumns(file, 'Свод', index, TOTAL_HEADERS);
    const [nameCol, idCol, innCol, regionCol, municipalityCol, generatedCol] = requireColumns(
      file,
      'Свод',
      index,
      [
        VENUE_ROW_HEADERS.venue,
        VENUE_ROW_HEADERS.venueId,
        VENUE_ROW_HEADERS.inn,
        VENUE_ROW_HEADERS.region,
        VENUE_ROW_HEADERS.municipality,
        VENUE_ROW_HEADERS.generated,
      ],
    );
    for (const { row, number } of dataRows(svod)) {
      const venueId = cellText(row[idCol!]);
      const name = cellText(row[nameCol!]);
      const inn = cellText(row[innCol!]);
      venues.push({
        identity: venueIdentity(venueId, inn, name),
        venueId,
        name,
        inn,
        region: cellText(row[regionCol!]),
        municipality: cellText(row[municipalityCol!]),
        generatedOn: cellDate(row[generatedCol!]),
        totals: readTotals(row, totalCols, noteIn('Свод', number)),
      });
    }
    const bySphere = requireSheet(file, sheets, 'По средам');
    const sIndex = headerIndex(bySphere[0]);
    const sTotals = requireColumns(file, 'По средам', sIndex, TOTAL_HEADERS);
    const [sphereCol, venuesCol] = requireColumns(file, 'По средам', sIndex, [
      VENUE_ROW_HEADERS.sphere,
      VENUE_ROW_HEADERS.venues,
    ]);
    for (const { row, number } of dataRows(bySphere)) {
      const sphere = cellText(row[sphereCol!]);
      spheres.set(sphere, {
        sphere,
        venues: cellCount(row[venuesCol!]) ?? 0,
        totals: readTotals(row, sTotals, noteIn('По средам', number)),
      });
    }
  }

  // «Участники»: the platform's columns by header; the pupil key and (in a consolidation) the venue optional.
  const list = requireSheet(file, sheets, 'Участники');
  const index = headerIndex(list[0]);
  const columns = requireColumns(
    file,
    'Участники',
    index,
    PARTICIPANT_COLUMNS.map((c) => c.header),
  );
  const keyCol = index.get(headerKey(PUPIL_KEY_HEADER));
  const venueIdCol = index.get(headerKey(VENUE_ROW_HEADERS.venueId));
  const venueNameCol = index.get(headerKey(VENUE_ROW_HEADERS.venue));
  const fioCol = columns[PARTICIPANT_COLUMNS.findIndex((c) => c.header === 'ФИО')]!;
  const birthCol = columns[PARTICIPANT_COLUMNS.findIndex((c) => c.header === 'Дата рождения')]!;
  const platformCol = columns[PARTICIPANT_COLUMNS.findIndex((c) => c.header === 'ID на платформе')]!;
  const participants: ParticipantEntry[] = [];
  let withoutKey = 0;
  for (const { row, number } of dataRows(list)) {
    const fio = cellText(row[fioCol]);
    const birthDate = cellDate(row[birthCol]);
    const platformId = cellText(row[platformCol]);
    const pupilKey = keyCol === undefined ? '' : cellText(row[keyCol]);
    if (!pupilKey) withoutKey += 1;
    if (!fio) noteIn('Участники', number)('consolidation.rowNoName');
    else if (!pupilKey && !platformId && !birthDate)
      noteIn('Участники', number)('consolidation.rowUnmatchable');
    let venueIdentityOfRow = venues[0]?.identity ?? '';
    if (kind === 'consolidated') {
      const id = venueIdCol === undefined ? '' : cellText(row[venueIdCol]);
      const name = venueNameCol === undefined ? '' : cellText(row[venueNameCol]);
      const found = venues.find((v) => (id ? v.venueId === id : normalizeKey(v.name) === normalizeKey(name)));
      venueIdentityOfRow = found?.identity ?? venueIdentity(id, '', name);
    }
    participants.push({
      row: number,
      venueIdentity: venueIdentityOfRow,
      cells: columns.map((c, i) => {
        const cell = row[c] ?? null;
        if (PARTICIPANT_COLUMNS[i]!.kind === 'date') return cellDate(cell);
        if (PARTICIPANT_COLUMNS[i]!.kind === 'number')
          return typeof cell === 'number' ? cell : cellText(cell) || null;
        return cellText(cell);
      }),
      fio,
      birthDate,
      platformId,
      pupilKey,
    });
  }
  if (keyCol === undefined) noteIn('Участники', null)('consolidation.noKeyColumn', { version });
  else if (withoutKey > 0 && withoutKey === participants.length)
    noteIn('Участники', null)('consolidation.noKeys', { count: withoutKey });

  return { ...base, venues, spheres: [...spheres.values()], participants };
}
