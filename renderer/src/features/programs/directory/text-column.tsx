import { Text } from '@mantine/core';
import type { Column } from '../../../ui';

/** A sortable column of one line of text, clipped with its full text in the tooltip. */
export function textColumn<T>(
  id: string,
  header: string,
  text: (row: T) => string,
  options: { width?: Column<T>['width']; strong?: boolean; dashWhenEmpty?: boolean } = {},
): Column<T> {
  return {
    id,
    header,
    cell: (row) => (
      <Text size="sm" fw={options.strong ? 500 : undefined} lineClamp={1} title={text(row)}>
        {text(row) || (options.dashWhenEmpty ? '—' : '')}
      </Text>
    ),
    sortValue: text,
    width: options.width,
  };
}
