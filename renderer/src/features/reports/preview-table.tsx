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
  const rows = table.rows.slice(0, maxRows);
  const align = (c: ReportColumn) => (c.kind === 'number' ? 'right' : 'left');
  return (
    <>
      <ScrollArea.Autosize mah={maxHeight} type="auto" offsetScrollbars>
        <Table
          aria-label={table.name}
          withTableBorder
          withColumnBorders
          striped
          stickyHeader
          fz="sm"
          verticalSpacing={6}
        >
          <Table.Thead>
            <Table.Tr>
              {table.columns.map((c) => (
                <Table.Th key={c.header} style={{ textAlign: align(c), verticalAlign: 'bottom' }}>
                  {c.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, r) => (
              <Table.Tr key={r}>
                {table.columns.map((c, i) => (
                  <Table.Td key={c.header} style={{ textAlign: align(c), whiteSpace: 'pre-line' }}>
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
          Показаны первые {formatNumber(rows.length)} строк из {formatNumber(table.rows.length)}; в файле —
          все.
        </Text>
      )}
    </>
  );
}
