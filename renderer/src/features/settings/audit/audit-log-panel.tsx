import { useMemo, useState } from 'react';
import { Group, Select, Stack, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, type AuditEntry } from '@shared/domain';
import { formatNumber } from '@shared/text/collation';
import { formatDateTime } from '@shared/dates';
import { UndoImport, UndoSchoolMerge } from '../../participants/public';
import { useAuditLog } from '../use-audit-log';
import { DataTable, EmptyState, FilterBar, type Column } from '../../../ui';

/** The newest entries first; a venue writes a few a week, so this covers years. */
const AUDIT_LIMIT = 10_000;

/** Настройки › Журнал действий: who-did-what of destructive actions, newest first, filterable by action. */
export function AuditLogPanel() {
  const { t } = useTranslation('settings');
  const entries = useAuditLog(AUDIT_LIMIT);
  const [action, setAction] = useState<string | null>(null);

  const actionLabel = (a: string) => t(`audit.actions.${a}`, { defaultValue: a });
  // Entries written before summaries became codes show their stored words.
  const summaryOf = (e: AuditEntry) => {
    if (!e.code) return e.summary ?? '';
    // Merges journaled before the entry carried the schools' names keep their old wording with the id.
    const code = e.code === 'schoolMerged' && e.params?.keep === undefined ? 'schoolMergedById' : e.code;
    return t(`audit.summaries.${code}`, { ...e.params });
  };
  const rows = useMemo(
    () => (entries ?? []).filter((e) => action === null || e.action === action),
    [entries, action],
  );
  const columns: Column<AuditEntry>[] = [
    {
      id: 'at',
      header: t('audit.colAt'),
      cell: (e) => formatDateTime(e.at),
      sortValue: (e) => e.at,
      width: 170,
    },
    {
      id: 'action',
      header: t('audit.colAction'),
      cell: (e) => actionLabel(e.action),
      sortValue: (e) => actionLabel(e.action),
      width: 240,
    },
    {
      id: 'summary',
      header: t('audit.colSummary'),
      // Rows have a fixed height (virtualised), so a long summary is cut: the full text is in the tooltip.
      cell: (e) => (
        <Text span size="sm" title={summaryOf(e)}>
          {summaryOf(e)}
        </Text>
      ),
    },
    {
      id: 'undo',
      header: '',
      // An import or a school merge can be undone from here too, while nothing was built on it.
      cell: (e) =>
        e.code === 'importCommitted' && typeof e.params?.importId === 'string' ? (
          <UndoImport importId={e.params.importId} fileName={e.entityId} compact />
        ) : e.code === 'schoolMerged' ? (
          <UndoSchoolMerge mergeId={e.entityId} count={Number(e.params?.count ?? 0)} />
        ) : null,
      width: 260,
    },
  ];

  if (entries === undefined) return null;
  if (entries.length === 0) {
    return (
      <EmptyState
        icon={<IconHistory size={26} />}
        title={t('audit.emptyTitle')}
        text={t('audit.emptyText')}
      />
    );
  }
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" maw={960}>
        {t('audit.text')}
      </Text>
      <Group justify="space-between" align="flex-end">
        <FilterBar active={action !== null} onClear={() => setAction(null)}>
          <Select
            label={t('audit.filter')}
            placeholder={t('audit.all')}
            data={AUDIT_ACTIONS.map((a) => ({ value: a, label: actionLabel(a) }))}
            value={action}
            onChange={setAction}
            clearable
            w={280}
          />
        </FilterBar>
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('audit.shown', { shown: formatNumber(rows.length), total: formatNumber(entries.length) })}
        </Text>
      </Group>
      <DataTable
        rows={rows}
        columns={columns}
        rowKey={(e) => String(e.id)}
        label={t('audit.table')}
        // As tall as the rows need, never taller than what is left of the window (the web reminder may sit above).
        height={`min(${rows.length * 40 + 48}px, calc(100vh - 420px))`}
        initialSort={{ id: 'at', dir: 'desc' }}
      />
    </Stack>
  );
}
