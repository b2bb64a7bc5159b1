import { useMemo, useState } from 'react';
import { Badge, Button, Chip, Group, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatNumber } from '@shared/text/collation';
import { matchesQuery, normalizeKey } from '@shared/text/normalize';
import { DataTable, EmptyState, PageHeader, SearchInput, type Column } from '../../../ui';
import { SectionTabs } from '../section-tabs';
import type { DirectoryKind, DirectoryRecord } from './directory-kind';

/** A directory's list: search, «Показать архив», the table and the «new» button. */
export function DirectoryListPage<T extends DirectoryRecord, V extends FieldValues>({
  config,
}: {
  config: DirectoryKind<T, V>;
}) {
  const { t } = useTranslation('programs');
  const navigate = useNavigate();
  const { kind } = config;
  const [query, setQuery] = useState('');
  const [showArchived, setShowArchived] = useState(false);
  const records = config.useList();
  const rows = useMemo(() => {
    const q = normalizeKey(query);
    return (records ?? []).filter(
      (r) => (showArchived || !r.archived) && matchesQuery(normalizeKey(config.searchText(r)), q),
    );
  }, [records, query, showArchived, config]);

  const columns: Column<T>[] = [
    ...config.columns(t),
    {
      id: 'status',
      header: t('columns.status'),
      cell: (r) =>
        r.archived ? (
          <Badge variant="light" color="gray" radius="sm">
            {t('archivedBadge')}
          </Badge>
        ) : null,
      sortValue: (r) => (r.archived ? 1 : 0),
      width: 90,
    },
  ];

  const newButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => navigate(`/programs/${kind}/new`)}>
      {t(`${kind}.new`)}
    </Button>
  );
  const archivedCount = (records ?? []).filter((r) => r.archived).length;

  return (
    <>
      <PageHeader title={t('title')} actions={newButton} />
      <SectionTabs active={kind} />
      {records && records.length === 0 ? (
        <EmptyState title={t(`${kind}.emptyTitle`)} text={t(`${kind}.emptyText`)} action={newButton} />
      ) : (
        <>
          <Group mb="sm" justify="space-between" wrap="nowrap">
            <Group gap="sm">
              <SearchInput value={query} onChange={setQuery} label={t(`${kind}.search`)} />
              <Chip checked={showArchived} onChange={setShowArchived} size="sm" variant="outline">
                {t('showArchived', { count: archivedCount })}
              </Chip>
            </Group>
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('common:shown', {
                shown: formatNumber(rows.length),
                total: formatNumber(records?.length ?? 0),
              })}
            </Text>
          </Group>
          <DataTable
            rows={rows}
            columns={columns}
            rowKey={(r) => r.id}
            label={t(`${kind}.title`)}
            initialSort={{ id: config.initialSort, dir: 'asc' }}
            onRowClick={(r) => navigate(`/programs/${kind}/${r.id}`)}
            height="calc(100vh - 250px)"
          />
        </>
      )}
    </>
  );
}
