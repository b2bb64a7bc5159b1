import type { TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate, isIsoDate } from '../dates';
import { formatNumber } from '../text/collation';
import { isDateCell, type ReportCell, type ReportColumn, type ReportTable } from './report-table';

/** A cell as the preview shows it: dates as ДД.ММ.ГГГГ, counts with Russian digit grouping. */
function cellText(cell: ReportCell, column: ReportColumn | undefined): string {
  if (cell === null) return '';
  if (isDateCell(cell)) return formatDate(cell.date);
  if (typeof cell === 'number') return formatNumber(cell);
  if (column?.kind === 'date' && isIsoDate(cell)) return formatDate(cell);
  return cell;
}

/**
 * One sheet of a report as a printable PDF (the «Печать» of the report preview): A4 landscape, the title and the
 * period above, the header row repeated on every page, the «Итого» row in bold, page numbers below. Document
 * content, hence Russian.
 */
export function buildReportTablePdf(
  table: ReportTable,
  heading: { title: string; period: string; venue: string },
): TDocumentDefinitions {
  const header: TableCell[] = table.columns.map((c) => ({
    text: c.header,
    bold: true,
    fillColor: '#eeeeee',
  }));
  const row = (cells: ReportCell[], bold = false): TableCell[] =>
    table.columns.map((c, i) => ({
      text: cellText(cells[i] ?? null, c),
      bold,
      alignment: c.kind === 'number' ? 'right' : 'left',
    }));
  const body = [header, ...table.rows.map((r) => row(r)), ...(table.total ? [row(table.total, true)] : [])];
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [28, 36, 28, 36],
    info: { title: `${heading.title} — ${table.name}` },
    defaultStyle: { font: 'Roboto', fontSize: 8 },
    content: [
      { text: `${heading.title}: ${table.name}`, fontSize: 13, bold: true },
      {
        text: [heading.venue, heading.period].filter(Boolean).join(' · '),
        color: '#555555',
        margin: [0, 2, 0, 8],
      },
      {
        table: { headerRows: 1, widths: table.columns.map(() => '*'), body },
        layout: 'lightHorizontalLines',
      },
    ],
    footer: (page: number, pages: number) => ({
      text: `Страница ${page} из ${pages}`,
      alignment: 'right',
      fontSize: 7,
      margin: [28, 8, 28, 0],
    }),
  };
}
