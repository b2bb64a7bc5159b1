import type { ReactNode } from 'react';
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The row of filters above a list or a calendar: the same gap and alignment everywhere, wrapping on a narrow
 * window, and «Сбросить фильтры» when any filter is set.
 */
export function FilterBar({
  children,
  active = false,
  onClear,
}: {
  children: ReactNode;
  /** Whether any filter differs from its default (shows the clear button when `onClear` is given). */
  active?: boolean;
  onClear?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" mb="sm" role="group" aria-label={t('filters.label')}>
      {children}
      {onClear && active && (
        <Button variant="subtle" size="sm" onClick={onClear}>
          {t('filters.clear')}
        </Button>
      )}
    </Group>
  );
}
