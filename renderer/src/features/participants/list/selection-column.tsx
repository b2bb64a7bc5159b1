import { memo, useSyncExternalStore } from 'react';
import { Checkbox, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Participant } from '@shared/domain';
import { formatNumber } from '@shared/text/collation';
import type { Column } from '../../../ui';
import type { RowSelection } from './selection';
import classes from './selection.module.css';

function useSelectionVersion(selection: RowSelection): number {
  return useSyncExternalStore(selection.subscribe, selection.getVersion);
}

/**
 * One row's box: a native check box (the browser's own role, name and keyboard), styled like the page's. A filter
 * keystroke mounts the rows that come into view, each with its box, so the box is kept light (a Mantine
 * `Checkbox` is a dozen components a row).
 */
function SelectCell({
  selection,
  participant,
  order,
  label,
}: {
  selection: RowSelection;
  participant: Participant;
  order: { current: readonly Participant[] };
  label: string;
}) {
  useSelectionVersion(selection);
  return (
    <input
      type="checkbox"
      className={classes.box}
      aria-label={label}
      checked={selection.has(participant.id)}
      // The click carries Shift; the change event does not. The row's own click (open the card) is not wanted here.
      onClick={(e) => {
        e.stopPropagation();
        selection.click(
          participant.id,
          e.shiftKey,
          order.current.map((p) => p.id),
        );
      }}
      onKeyDown={(e) => e.stopPropagation()}
      onChange={() => undefined}
    />
  );
}

/**
 * The check-box column: one box a row; Shift-click selects a range in the order shown. `label` names a row's box
 * (the page translates it: no translation hook in each of the rows a keystroke brings into view).
 */
export function selectionColumn(
  selection: RowSelection,
  order: { current: readonly Participant[] },
  header: string,
  label: (p: Participant) => string,
): Column<Participant> {
  return {
    id: 'select',
    header,
    cell: (p) => <SelectCell selection={selection} participant={p} order={order} label={label(p)} />,
    width: 44,
  };
}

/**
 * «Выбрать всех показанных» and how many are chosen. The same element between a keystroke's two renders (the
 * search box's and the list's), so it counts the shown rows only when they or the selection change.
 */
export const SelectAllShown = memo(function SelectAllShown({
  selection,
  shown,
}: {
  selection: RowSelection;
  shown: readonly Participant[];
}) {
  const { t } = useTranslation('participants');
  useSelectionVersion(selection);
  const chosen = selection.size === 0 ? 0 : shown.filter((p) => selection.has(p.id)).length;
  return (
    <Group gap="xs" wrap="nowrap">
      <Checkbox
        label={t('select.all', { count: shown.length })}
        checked={shown.length > 0 && chosen === shown.length}
        indeterminate={chosen > 0 && chosen < shown.length}
        disabled={shown.length === 0}
        onChange={(e) =>
          selection.setAll(
            shown.map((p) => p.id),
            e.currentTarget.checked,
          )
        }
      />
      {selection.size > 0 && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('select.count', { count: selection.size, shown: formatNumber(selection.size) })}
        </Text>
      )}
    </Group>
  );
});

export function useSelectedCount(selection: RowSelection): number {
  useSelectionVersion(selection);
  return selection.size;
}
