import { useMemo, useState } from 'react';
import { Button, Group, Select, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatDate } from '@shared/dates';
import { formatNumber } from '@shared/text/collation';
import { matchesQuery, normalizeKey } from '@shared/text/normalize';
import type { GroupListRow } from '../../db/queries/schedule';
import { DataTable, EmptyState, PageHeader, SearchInput, type Column } from '../../ui';
import { useLookups } from './schedule-data';
import { ScheduleTabs } from './schedule-tabs';
import { useGroupRows } from './use-schedule';

type Row = GroupListRow & { programTitle: string };

export function GroupListPage() {
  const { t } = useTranslation('schedule');
  const navigate = useNavigate();
  const lookups = useLookups();
  const [query, setQuery] = useState('');
  const [programId, setProgramId] = useState<string | null>(null);

  const rows = useGroupRows();

  const filtered = useMemo(() => {
    if (!rows || !lookups) return [];
    const q = normalizeKey(query);
    return rows
      .map((r) => ({ ...r, programTitle: lookups.program.get(r.programId)?.title ?? '' }))
      .filter(
        (r) =>
          (!programId || r.programId === programId) &&
          matchesQuery(normalizeKey(`${r.name} ${r.programTitle}`), q),
      );
  }, [rows, lookups, query, programId]);

  if (!rows || !lookups) return <PageHeader title={t('title')} />;

  const columns: Column<Row>[] = [
    { id: 'name', header: t('groups.name'), cell: (r) => r.name, sortValue: (r) => r.name },
    {
      id: 'program',
      header: t('groups.program'),
      cell: (r) => r.programTitle,
      sortValue: (r) => r.programTitle,
    },
    {
      id: 'dates',
      header: t('groups.dates'),
      cell: (r) =>
        r.first
          ? r.first === r.last
            ? formatDate(r.first)
            : `${formatDate(r.first)} – ${formatDate(r.last)}`
          : '—',
      sortValue: (r) => r.first,
      width: 200,
    },
    {
      id: 'sessions',
      header: t('groups.sessions'),
      cell: (r) =>
        r.cancelled ? t('groups.sessionsWithCancelled', { n: r.sessions, c: r.cancelled }) : r.sessions,
      sortValue: (r) => r.sessions,
      align: 'right',
      width: 110,
    },
    {
      id: 'enrolled',
      header: t('groups.enrolled'),
      cell: (r) => `${r.enrolled} / ${r.capacity}`,
      sortValue: (r) => r.enrolled,
      align: 'right',
      width: 110,
    },
    {
      id: 'waiting',
      header: t('groups.waiting'),
      cell: (r) => r.waiting || '',
      sortValue: (r) => r.waiting,
      align: 'right',
      width: 110,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('title')}
        actions={
          <Button component={Link} to="/schedule/groups/new" leftSection={<IconPlus size={16} />}>
            {t('groups.new')}
          </Button>
        }
      />
      <ScheduleTabs active="groups" />
      {rows.length === 0 ? (
        <EmptyState
          title={t('empty.title')}
          text={t('empty.text')}
          action={
            <Button component={Link} to="/schedule/groups/new">
              {t('groups.new')}
            </Button>
          }
        />
      ) : (
        <>
          <Group justify="space-between" mb="sm">
            <Group gap="sm">
              <SearchInput value={query} onChange={setQuery} label={t('groups.search')} />
              <Select
                aria-label={t('calendar.program')}
                placeholder={t('groups.allPrograms')}
                data={lookups.programs.map((p) => ({ value: p.id, label: p.title }))}
                value={programId}
                onChange={setProgramId}
                clearable
                w={300}
              />
            </Group>
            <Text size="sm" c="dimmed">
              {t('common:shown', { shown: formatNumber(filtered.length), total: formatNumber(rows.length) })}
            </Text>
          </Group>
          <DataTable
            rows={filtered}
            columns={columns}
            rowKey={(r) => r.id}
            onRowClick={(r) => navigate(`/schedule/groups/${r.id}`)}
            label={t('groups.title')}
            initialSort={{ id: 'dates', dir: 'desc' }}
          />
        </>
      )}
    </>
  );
}
