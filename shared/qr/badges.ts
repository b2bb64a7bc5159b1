import { documentFileName } from '../export/file-name';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatToken, pupilQrPayload } from './token';

/**
 * Badges («бейджи»): A4 sheets of cut-out cards, one per pupil, with the ФИО, school, class, group and the
 * pupil's QR code (docs/qr-attendance.md). 2 × 5 cards of 90 × 54 mm (a business card) on a page, with dashed
 * cutting lines; the token's digits under the code for typing when a camera cannot read it.
 */

export interface BadgeData {
  fio: string;
  school: string;
  grade: string;
  group: string;
  token: string;
}

const MM = 72 / 25.4;
export const BADGE_LAYOUT = {
  columns: 2,
  rows: 5,
  width: 90 * MM,
  height: 54 * MM,
  /** The QR code's side: 30 mm, large enough for a webcam at arm's length. */
  qr: 30 * MM,
} as const;
export const BADGES_PER_PAGE = BADGE_LAYOUT.columns * BADGE_LAYOUT.rows;

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN_X = (PAGE.width - BADGE_LAYOUT.columns * BADGE_LAYOUT.width) / 2;
const MARGIN_Y = (PAGE.height - BADGE_LAYOUT.rows * BADGE_LAYOUT.height) / 2;

function card(b: BadgeData): Content {
  const details = [b.school, b.grade ? `${b.grade} класс` : '', b.group ? `Группа: ${b.group}` : ''].filter(
    Boolean,
  );
  return {
    columns: [
      {
        width: '*',
        stack: [
          { text: b.fio, bold: true, fontSize: 12, margin: [0, 0, 0, 4] },
          ...details.map((text): Content => ({
            text,
            fontSize: 8.5,
            color: '#333333',
            margin: [0, 0, 0, 2],
          })),
        ],
      },
      {
        width: BADGE_LAYOUT.qr,
        stack: [
          { qr: pupilQrPayload(b.token), fit: BADGE_LAYOUT.qr, eccLevel: 'M' },
          { text: formatToken(b.token), fontSize: 7, alignment: 'center', margin: [0, 2, 0, 0] },
        ],
      },
    ],
    columnGap: 6,
  };
}

/** The document for the given badges, in the given order. */
export function buildBadgesPdf(badges: readonly BadgeData[], title: string): TDocumentDefinitions {
  const pages: Content[] = [];
  for (let start = 0; start < badges.length; start += BADGES_PER_PAGE) {
    const slice = badges.slice(start, start + BADGES_PER_PAGE);
    const body: Content[][] = [];
    for (let r = 0; r < BADGE_LAYOUT.rows; r++) {
      const row: Content[] = [];
      for (let c = 0; c < BADGE_LAYOUT.columns; c++) {
        const b = slice[r * BADGE_LAYOUT.columns + c];
        row.push(b ? card(b) : { text: '' });
      }
      if (row.some((cell) => (cell as { text?: string }).text !== '')) body.push(row);
    }
    pages.push({
      table: {
        // The cell sizes exclude the padding (10 on each side) and the 0.5 pt cutting line, so five rows fit A4 exactly.
        widths: Array(BADGE_LAYOUT.columns).fill(BADGE_LAYOUT.width - 2 * 10 - 1),
        heights: BADGE_LAYOUT.height - 2 * 10 - 1,
        dontBreakRows: true,
        body,
      },
      layout: {
        hLineWidth: () => 0.5,
        vLineWidth: () => 0.5,
        hLineColor: () => '#999999',
        vLineColor: () => '#999999',
        hLineStyle: () => ({ dash: { length: 3, space: 3 } }),
        vLineStyle: () => ({ dash: { length: 3, space: 3 } }),
        paddingLeft: () => 10,
        paddingRight: () => 10,
        paddingTop: () => 10,
        paddingBottom: () => 10,
      },
      ...(start > 0 ? { pageBreak: 'before' as const } : {}),
    });
  }
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [MARGIN_X, MARGIN_Y, MARGIN_X, MARGIN_Y],
    info: { title },
    content: pages,
    defaultStyle: { font: 'Roboto', fontSize: 9 },
  };
}

/** «Бейджи <группа>.pdf», Windows-safe. */
export function badgesFileName(what: string): string {
  // The app's one file-name pattern (shared/export/file-name.ts): Russian, Windows-safe, length-capped.
  return documentFileName(`Бейджи ${what.trim() || 'участников'}`, 'pdf');
}
