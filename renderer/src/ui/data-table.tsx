import { memo, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Box, Group, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import classes from './data-table.module.css';
import { RowSorter, type SortDirection, type SortValue } from './row-sorter';

export interface Column<T> {
  id: string;
  header: string;
  /** The cell's content. */
  cell: (row: T) => ReactNode;
  /** The value sorted by; a column without it is not sortable. Strings sort the Russian way. */
  sortValue?: (row: T) => SortValue;
  width?: number | string;
  align?: 'left' | 'right' | 'center';
}

type SortState = { id: string; dir: SortDirection } | null;

const ROW_HEIGHT = 40;

/** The scroll box's height before it is measured: a number as given, `calc(100vh - Npx)` from the window. */
function estimatedHeight(height: number | string): number {
  if (typeof height === 'number') return height;
  const below = /^calc\(100vh - (\d+)px\)$/.exec(height);
  return Math.max(0, window.innerHeight - (below ? Number(below[1]) : 0));
}

/**
 * A table for long lists: sticky header, sortable columns (aria-sort), only the visible rows rendered, a row
 * opens by click or Enter. The caller filters; the table sorts and shows.
 */
export function DataTable<T>({
  rows,
  columns,
  rowKey,
  onRowClick,
  label,
  height = 'calc(100vh - 260px)',
  initialSort = null,
  rowClassName,
  sortedRef,
  rowsByPlace = false,
  rowsSource,
}: {
  rows: readonly T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  onRowClick?: (row: T) => void;
  /** Accessible name of the table. */
  label: string;
  height?: number | string;
  initialSort?: SortState;
  rowClassName?: (row: T) => string | undefined;
  /** Receives the rows in the order shown (a selection's Shift-click range follows it). */
  sortedRef?: { current: readonly T[] };
  /**
   * Rows keyed by their place in the list rather than by record: a filter keystroke that brings other records
   * into view updates the rows already in the page (their texts) instead of replacing each with a new one. Only
   * for cells that keep no state of their own (a row's element then shows another record).
   */
  rowsByPlace?: boolean;
  /**
   * The array `rows` were filtered from, in its order (a search's matches of the whole list): when the table
   * found that array already in its sort's order, a part of it is shown as it is, with no work a row.
   */
  rowsSource?: readonly T[];
}) {
  const [sort, setSort] = useState<SortState>(initialSort);
  const scrollRef = useRef<HTMLDivElement>(null);

  const [sorter] = useState(() => new RowSorter<T>());
  const sorted = useMemo(() => {
    const column = sort && columns.find((c) => c.id === sort.id);
    if (!sort || !column?.sortValue) return rows;
    return sorter.sort(rows, rowKey, column.id, column.sortValue, sort.dir, rowsSource);
  }, [rows, columns, sort, sorter, rowKey, rowsSource]);
  if (sortedRef) sortedRef.current = sorted;

  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // Until the box is measured (after the first commit), its height is estimated from the window, so the first
    // render already holds the rows rather than an empty body rendered again once measured.
    initialRect: { width: 0, height: estimatedHeight(height) },
  });
  const items = virtualizer.getVirtualItems();
  // By place: the index modulo a ring larger than the rows rendered, so no two rendered rows share a key and a
  // scroll by one row still replaces one row (as keys by record would), not all of them.
  const ring = rowsByPlace ? Math.max(64, 2 ** Math.ceil(Math.log2(items.length + 1))) : 0;
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom =
    items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;

  const toggleSort = useCallback((id: string) => {
    setSort((s) => (s?.id !== id ? { id, dir: 'asc' } : s.dir === 'asc' ? { id, dir: 'desc' } : null));
  }, []);

  return (
    <Box ref={scrollRef} className={classes.scroll} style={{ height }}>
      <table className={classes.table} aria-label={label} aria-rowcount={sorted.length + 1}>
        <TableHead columns={columns} sort={sort} onSort={toggleSort} />
        <tbody>
          {paddingTop > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columns.length} style={{ height: paddingTop, padding: 0, border: 0 }} />
            </tr>
          )}
          {items.map((item) => {
            const row = sorted[item.index]!;
            return (
              <TableRow
                key={rowsByPlace ? item.index % ring : rowKey(row)}
                row={row}
                index={item.index}
                columns={columns}
                onRowClick={onRowClick}
                className={[onRowClick ? classes.clickable : '', rowClassName?.(row) ?? ''].join(' ')}
              />
            );
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columns.length} style={{ height: paddingBottom, padding: 0, border: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </Box>
  );
}

/**
 * The header row: the same element while the rows change (a filter keystroke re-renders the body, not the
 * column buttons).
 */
const TableHead = memo(function TableHead<T>({
  columns,
  sort,
  onSort,
}: {
  columns: Column<T>[];
  sort: SortState;
  onSort: (id: string) => void;
}) {
  return (
    <thead className={classes.head}>
      <tr>
        {columns.map((c) => {
          const active = sort?.id === c.id;
          return (
            <th
              key={c.id}
              style={{ width: c.width, textAlign: c.align ?? 'left' }}
              aria-sort={
                active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : c.sortValue ? 'none' : undefined
              }
              scope="col"
            >
              {c.sortValue ? (
                <UnstyledButton onClick={() => onSort(c.id)} className={classes.sortButton}>
                  <Group gap={4} wrap="nowrap" justify={c.align === 'right' ? 'flex-end' : 'flex-start'}>
                    <Text fw={600} size="sm">
                      {c.header}
                    </Text>
                    {active ? (
                      sort.dir === 'asc' ? (
                        <IconArrowUp size={14} />
                      ) : (
                        <IconArrowDown size={14} />
                      )
                    ) : (
                      <IconSelector size={14} opacity={0.4} />
                    )}
                  </Group>
                </UnstyledButton>
              ) : (
                <Text fw={600} size="sm">
                  {c.header}
                </Text>
              )}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}) as <T>(props: { columns: Column<T>[]; sort: SortState; onSort: (id: string) => void }) => ReactNode;

/** One row; rendered again only when its record, its place or the columns change. */
const TableRow = memo(function TableRow<T>({
  row,
  index,
  columns,
  onRowClick,
  className,
}: {
  row: T;
  index: number;
  columns: Column<T>[];
  onRowClick?: (row: T) => void;
  className: string;
}) {
  return (
    <tr
      aria-rowindex={index + 2}
      className={className}
      tabIndex={onRowClick ? 0 : undefined}
      onClick={onRowClick ? () => onRowClick(row) : undefined}
      onKeyDown={
        onRowClick
          ? (e) => {
              if (e.key === 'Enter') onRowClick(row);
            }
          : undefined
      }
      style={{ height: ROW_HEIGHT }}
    >
      {columns.map((c) => (
        <td key={c.id} style={{ textAlign: c.align ?? 'left' }}>
          {c.cell(row)}
        </td>
      ))}
    </tr>
  );
}) as <T>(props: {
  row: T;
  index: number;
  columns: Column<T>[];
  onRowClick?: (row: T) => void;
  className: string;
}) => ReactNode;
