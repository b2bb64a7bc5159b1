import { useTranslation } from 'react-i18next';
import { ScrollArea, Table, Text } from '@mantine/core';
import { formatDate } from '@shared/dates';
import {
  isDateCell,
  type ReportCell,
  type ReportColumn,
  type ReportTable,
} from '@shared/reports/report-table';
import { formatNumber } from '@shared/text/collation';

function show(cell: ReportCell | undefined, column: ReportColumn | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (isDateCell(cell)) return formatDate(cell.date);
  if (typeof cell === 'number') return formatNumber(cell);
  if (column?.kind === 'date') return formatDate(cell);
  return cell;
}

let canvas: HTMLCanvasElement | null = null;

/**
 * The width in pixels of the widest word of `texts` in `font` (the table's own font, read from the page), so
 * no word is split; the canvas measures what the browser will draw. Where a canvas cannot measure (tests
 * without one), an average letter width stands in.
 */
function widestWord(texts: readonly string[], font: string, fallbackCharPx: number): number {
  canvas ??= document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  const words = texts.flatMap((text) => text.split(/\s+/)).filter(Boolean);
  if (!ctx) return Math.max(1, ...words.map((w) => w.length)) * fallbackCharPx;
  ctx.font = font;
  return Math.max(0, ...words.map((w) => ctx.measureText(w).width));
}

/** The page's font at a size and weight (Mantine sets the family on the body). */
function fontOf(px: number, weight: number): string {
  const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
  return `${weight} ${px}px ${family}`;
}

/** The header shown on screen with a capital letter, as the other headers are (the file keeps its own). */
function screenHeader(header: string): string {
  return header.charAt(0).toLocaleUpperCase('ru') + header.slice(1);
}

/**
 * A report table as it will be saved, for a look before saving. Long tables show their first rows only
 * (the file has them all).
 */
export function PreviewTable({
  table,
  maxRows = 200,
  maxHeight = 420,
}: {
  table: ReportTable;
  maxRows?: number;
  maxHeight?: number;
}) {
  const { t } = useTranslation('reports');
  const rows = table.rows.slice(0, maxRows);
  const align = (c: ReportColumn) => (c.kind === 'number' ? 'right' : 'left');
  const wide = table.columns.length > 8;
  // Fixed layout: each column as wide as its widest word, measured in the table's font (so no word is cut:
  // «Смешанный» was split when widths were guessed from letter counts), and text columns in the proportions
  // of the sheet's own widths, so a wide sheet like «Сводка» fits a 1366 px screen.
  const bodyPx = wide ? 12 : 14;
  const cellFont = fontOf(bodyPx, 400);
  const headFont = fontOf(12, 700);
  const sample = table.rows.slice(0, 60);
  // Cell padding (6 px each side), the column border and a pixel of rounding.
  const chrome = 12 + 1 + 2;
  const widths = table.columns.map((c, i) => {
    const fit = Math.ceil(
      Math.max(
        widestWord([screenHeader(c.header)], headFont, 8),
        widestWord(
          sample.map((r) => show(r[i], c)),
          cellFont,
          bodyPx * 0.6,
        ),
      ) + chrome,
    );
    return c.kind === 'text' ? Math.max(80, fit, Math.round((c.width ?? 12) * 3.4)) : Math.max(40, fit);
  });
  return (
    <>
      <ScrollArea.Autosize mah={maxHeight} type="auto" offsetScrollbars>
        <Table
          aria-label={table.name}
          withTableBorder
          withColumnBorders
          striped
          stickyHeader
          fz={wide ? 'xs' : 'sm'}
          verticalSpacing={6}
          horizontalSpacing={6}
          style={{ tableLayout: 'fixed', width: '100%', minWidth: widths.reduce((a, b) => a + b, 0) }}
        >
          <colgroup>
            {widths.map((w, i) => (
              <col key={i} style={{ width: w }} />
            ))}
          </colgroup>
          <Table.Thead>
            <Table.Tr>
              {table.columns.map((c) => (
                <Table.Th
                  key={c.header}
                  fz="xs"
                  style={{
                    textAlign: align(c),
                    verticalAlign: 'bottom',
                  }}
                >
                  {screenHeader(c.header)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, r) => (
              <Table.Tr key={r}>
                {table.columns.map((c, i) => (
                  <Table.Td
                    key={c.header}
                    style={{ textAlign: align(c), whiteSpace: 'pre-line', overflowWrap: 'break-word' }}
                  >
                    {show(row[i], c)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
            {table.total && (
              <Table.Tr fw={700}>
                {table.columns.map((c, i) => (
                  <Table.Td key={c.header} style={{ textAlign: align(c) }}>
                    {show(table.total?.[i], c)}
                  </Table.Td>
                ))}
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {table.rows.length > rows.length && (
        <Text size="sm" c="dimmed" mt={4}>
          {t('preview.truncated', {
            shown: formatNumber(rows.length),
            total: formatNumber(table.rows.length),
          })}
        </Text>
      )}
    </>
  );
}
