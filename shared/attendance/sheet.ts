import type { Column, Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AttendanceStatus, Consent, IsoDate, Sex } from '../domain';
import { ATTENDED_STATUSES } from '../domain';
import { formatDate } from '../dates';
import { documentFileName } from '../export/file-name';
import { attendanceWord } from '../text/gender';

/**
 * The attendance sheet (лист посещаемости), docs/formats.md §4: A4 landscape, a header block, one table row per
 * enrolled participant, a footer with counts and signature lines. The blank variant leaves «Отметка» empty
 * for signing on paper; the filled one prints the marks and notes.
 *
 * Rows are split into pages here rather than by pdfmake's flow so a sheet always has a predictable number of
 * pages and the footer never lands alone on a page; each page repeats the table header.
 */

export type SheetVariant = 'blank' | 'filled';

export interface SheetRow {
  /** The pupil's QR payload (`PP` + token, shared/qr), printed when the sheet is made with QR codes. */
  qr?: string;
  fio: string;
  school: string;
  grade: string;
  platformId: string;
  consent: boolean;
  status: AttendanceStatus | null;
  /** The pupil's stored sex or the patronymic's (`sexOf`): the filled sheet's mark speaks of this one pupil. */
  sex: Sex | null;
  note: string;
}

export interface SheetData {
  venueName: string;
  programTitle: string;
  profession: string;
  sphere: string;
  date: IsoDate;
  start: string;
  end: string;
  place: string;
  mentors: string;
  /** The mentor's name as signed, initials first («М. А. Соколова»), printed under the signature line. */
  mentorSignature?: string;
  group: string;
  rows: SheetRow[];
}

export interface SheetOptions {
  /** A column with each pupil's QR code, for marking by scanning the sheet (docs/qr-attendance.md). */
  qr?: boolean;
}

export const SHEET_COLUMNS = [
  '№',
  'Фамилия Имя Отчество',
  'Школа',
  'Класс',
  'ID платформы',
  'Согласие',
  'Отметка',
  'Подпись',
  'Примечание',
] as const;

/**
 * Layout in points. A row is tall enough for two lines of 9 pt text (a long double surname, «Уважительная
 * причина») and for a handwritten signature, so no row ever grows past its slot.
 */
export const SHEET_LAYOUT = {
  pageMargins: [28, 28, 28, 34] as [number, number, number, number],
  rowHeight: 26,
  /** Data rows on the first page, under the full header block. */
  firstPageRows: 16,
  /** Data rows on the following pages, under a one-line running header. */
  otherPageRows: 18,
  /** Row slots the footer (counts, two signature lines, date) takes on the last page. */
  footerRows: 3,
} as const;

/**
 * The sheet with a QR column: rows tall enough for a 36 pt code (about 13 mm, 1.5 pt a module), which a webcam
 * reads from a hand-held sheet and zbarimg from a 150 dpi scan.
 */
export const SHEET_LAYOUT_QR = {
  rowHeight: 44,
  firstPageRows: 9,
  otherPageRows: 10,
  footerRows: 2,
} as const;

/** The blank sheet's empty numbered rows for walk-ins: the last page's free slots, at least 3 and at most 5. */
export const SPARE_ROWS = { min: 3, max: 5 } as const;

interface PageLayout {
  firstPageRows: number;
  otherPageRows: number;
  footerRows: number;
}

export function spareRowCount(count: number, layout: PageLayout = SHEET_LAYOUT): number {
  const pages = paginateSheetRows(count, layout);
  const [from, to] = pages[pages.length - 1]!;
  const capacity = (pages.length === 1 ? layout.firstPageRows : layout.otherPageRows) - layout.footerRows;
  const room = capacity - (to - from);
  return Math.max(SPARE_ROWS.min, Math.min(SPARE_ROWS.max, room));
}

/**
 * Splits `count` rows into pages: indices [start, end) per page. The last page keeps room for the footer;
 * when the rows fill it, the last rows move to one more page so the footer stays with them.
 */
export function paginateSheetRows(count: number, layout: PageLayout = SHEET_LAYOUT): [number, number][] {
  const pages: [number, number][] = [];
  let start = 0;
  let capacity: number = layout.firstPageRows;
  for (;;) {
    const remaining = count - start;
    if (remaining <= capacity - layout.footerRows) {
      pages.push([start, count]);
      return pages;
    }
    // Not the last page: fill it, but leave at least one row for the next so the footer has company.
    const take = Math.min(capacity, remaining - 1);
    pages.push([start, start + take]);
    start += take;
    capacity = layout.otherPageRows;
  }
}

export function sheetPageCount(count: number): number {
  return paginateSheetRows(count).length;
}

/** A personal-data consent in force on the given day (signed, not expired, not withdrawn). */
export function hasValidConsent(
  consents: readonly Pick<Consent, 'kind' | 'signedOn' | 'validUntil' | 'withdrawnOn'>[],
  on: IsoDate,
): boolean {
  return consents.some(
    (c) =>
      c.kind === 'personal-data' &&
      c.signedOn <= on &&
      (c.validUntil === null || c.validUntil >= on) &&
      (c.withdrawnOn === null || c.withdrawnOn > on),
  );
}

export function attendedCount(rows: readonly Pick<SheetRow, 'status'>[]): number {
  return rows.filter((r) => r.status !== null && ATTENDED_STATUSES.includes(r.status)).length;
}

export function sheetFileName(data: Pick<SheetData, 'date' | 'programTitle'>, variant: SheetVariant): string {
  // The one pattern of saved files: «Лист посещаемости 12.03.2026 <проба> (пустой).pdf», Windows-safe.
  const title = data.programTitle.replace(/\s+/g, ' ').trim().slice(0, 60);
  const kind = variant === 'blank' ? 'пустой' : 'заполненный';
  return documentFileName('Лист посещаемости', 'pdf', `${formatDate(data.date)} ${title}`.trim(), kind);
}

const WIDTHS = [20, 180, 120, 36, 70, 56, 78, 92, '*'];
const QR_SIZE = 36;
const WIDTHS_QR = [20, 170, 110, 36, 66, 50, 70, 86, '*', QR_SIZE + 6];

function headerRow(qr: boolean): TableCell[] {
  return [...SHEET_COLUMNS, ...(qr ? ['QR'] : [])].map((text) => ({ text, style: 'th' }));
}

/** An empty numbered row of the blank sheet, for a pupil who comes without being on the list. */
function spareRow(index: number, qr: boolean): TableCell[] {
  return [
    { text: String(index + 1), alignment: 'right' },
    ...Array.from({ length: qr ? 9 : 8 }, () => ({ text: '' })),
  ];
}

function bodyRow(row: SheetRow, index: number, variant: SheetVariant, qr: boolean): TableCell[] {
  const filled = variant === 'filled';
  const code: TableCell[] = qr ? [row.qr ? { qr: row.qr, fit: QR_SIZE, eccLevel: 'M' } : { text: '' }] : [];
  return [
    { text: String(index + 1), alignment: 'right' },
    { text: row.fio },
    { text: row.school },
    { text: row.grade, alignment: 'center' },
    { text: row.platformId },
    { text: row.consent ? 'есть' : 'нет', alignment: 'center' },
    { text: filled && row.status ? attendanceWord(row.status, row.sex) : '' },
    { text: '' },
    { text: filled ? row.note : '' },
    ...code,
  ];
}

function infoLine(label: string, value: string): Content {
  return {
    text: [
      { text: `${label}: `, color: '#555555' },
      { text: value || '—', bold: true },
    ],
  };
}

/**
 * «Наставник: ____ / ____ /» with the captions under the blanks, as on the paper forms; a known signer's name
 * stands in the second blank.
 */
function signatureLine(role: string, name?: string): Column {
  return {
    width: '*',
    stack: [
      {
        text: name
          ? [`${role}: ______________________ / `, { text: name, decoration: 'underline' }, ' /']
          : `${role}: ______________________ / ______________________ /`,
      },
      {
        text: '(подпись)                              (расшифровка подписи)',
        fontSize: 7,
        color: '#555555',
        margin: [role === 'Наставник' ? 62 : 74, 1, 0, 0],
        preserveLeadingSpaces: true,
      },
    ],
  };
}

const tableLayout = {
  hLineWidth: () => 0.6,
  vLineWidth: () => 0.6,
  hLineColor: () => '#444444',
  vLineColor: () => '#444444',
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 3,
  paddingBottom: () => 2,
  fillColor: (rowIndex: number) => (rowIndex === 0 ? '#eeeeee' : null),
};

export function buildAttendanceSheet(
  data: SheetData,
  variant: SheetVariant,
  options: SheetOptions = {},
): TDocumentDefinitions {
  const qr = options.qr === true;
  const layout = qr ? SHEET_LAYOUT_QR : SHEET_LAYOUT;
  const when = `${formatDate(data.date)}, ${data.start}–${data.end}`;
  const spare = variant === 'blank' ? spareRowCount(data.rows.length, layout) : 0;
  const pages = paginateSheetRows(data.rows.length + spare, layout);
  const content: Content[] = [
    { text: data.venueName, style: 'venue' },
    { text: 'Лист посещаемости профессиональной пробы', style: 'title' },
    {
      columns: [
        {
          width: '*',
          stack: [
            infoLine('Программа', data.programTitle),
            infoLine('Профессия / среда', [data.profession, data.sphere].filter(Boolean).join(' / ')),
            infoLine('Группа', data.group),
          ],
        },
        {
          width: 300,
          stack: [
            infoLine('Дата и время', when),
            infoLine('Место', data.place),
            infoLine('Наставник', data.mentors),
          ],
        },
      ],
      columnGap: 16,
      margin: [0, 0, 0, 8],
    },
  ];

  pages.forEach(([from, to], pageIndex) => {
    const body: TableCell[][] = [headerRow(qr)];
    for (let i = from; i < to; i++) {
      const row = data.rows[i];
      body.push(row ? bodyRow(row, i, variant, qr) : spareRow(i, qr));
    }
    if (pageIndex > 0) {
      content.push({
        text: `Лист посещаемости: ${data.programTitle}, ${when} (продолжение)`,
        style: 'running',
        pageBreak: 'before',
      });
    }
    content.push({
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: qr ? WIDTHS_QR : WIDTHS,
        // pdfmake's row height excludes the cell padding (3 + 2).
        heights: (row: number) => (row === 0 ? 'auto' : (qr ? SHEET_LAYOUT_QR : SHEET_LAYOUT).rowHeight - 5),
        body,
      },
      layout: tableLayout,
    });
  });

  const attended = variant === 'filled' ? String(attendedCount(data.rows)) : '______';
  content.push({
    unbreakable: true,
    margin: [0, 10, 0, 0],
    stack: [
      {
        text: [
          'Записано ',
          { text: String(data.rows.length), bold: true },
          ' / Присутствовало ',
          { text: attended, bold: true },
        ],
        margin: [0, 0, 0, 12],
      },
      {
        columns: [
          signatureLine('Наставник', data.mentorSignature),
          signatureLine('Координатор'),
          { width: 140, text: `Дата: ${formatDate(data.date)}`, alignment: 'right' },
        ],
        columnGap: 16,
      },
    ],
  });

  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: SHEET_LAYOUT.pageMargins,
    info: { title: `Лист посещаемости ${formatDate(data.date)} — ${data.programTitle}` },
    content,
    footer: (currentPage: number, pageCount: number) => ({
      text: `Страница ${currentPage} из ${pageCount}`,
      alignment: 'right',
      fontSize: 8,
      color: '#555555',
      margin: [28, 10, 28, 0],
    }),
    defaultStyle: { font: 'Roboto', fontSize: 9 },
    styles: {
      venue: { fontSize: 10, color: '#333333', margin: [0, 0, 0, 2] },
      title: { fontSize: 14, bold: true, margin: [0, 0, 0, 6] },
      running: { fontSize: 9, color: '#333333', margin: [0, 0, 0, 6] },
      th: { bold: true, fontSize: 8.5 },
    },
  };
}
