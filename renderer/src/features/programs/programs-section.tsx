import { useMemo, useState } from 'react';
import { Badge, Group, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { LEVEL_LABELS, PROGRAM_STATUS_LABELS, SPHERE_LABELS, type Program } from '@shared/domain';
import { matchesQuery, normalizeKey } from '@shared/text/normalize';
import { db } from '../../db';
import { DataTable, EmptyState, PageHeader, SearchInput, type Column } from '../../ui';

export default function ProgramsSection() {
  const { t } = useTranslation('programs');
  const [query, setQuery] = useState('');
  const programs = useLiveQuery(() => db.programs.toArray(), []);
  const rows = useMemo(() => {
    const q = normalizeKey(query);
    return (programs ?? []).filter((p) => matchesQuery(`${p.titleKey} ${normalizeKey(p.profession)}`, q));
  }, [programs, query]);

  const columns: Column<Program>[] = [
    { id: 'title', header: t('columns.title'), cell: (p) => p.title, sortValue: (p) => p.title },
    {
      id: 'profession',
      header: t('columns.profession'),
      cell: (p) => p.profession,
      sortValue: (p) => p.profession,
    },
    {
      id: 'sphere',
      header: t('columns.sphere'),
      cell: (p) => SPHERE_LABELS[p.sphere],
      sortValue: (p) => SPHERE_LABELS[p.sphere],
    },
    { id: 'level', header: t('columns.level'), cell: (p) => LEVEL_LABELS[p.level] },
    { id: 'grades', header: t('columns.grades'), cell: (p) => `${p.gradeMin}–${p.gradeMax}` },
    {
      id: 'status',
      header: t('columns.status'),
      cell: (p) => <Badge variant="light">{PROGRAM_STATUS_LABELS[p.status]}</Badge>,
    },
  ];

  return (
    <>
      <PageHeader title={t('title')} />
      {programs && programs.length === 0 ? (
        <EmptyState title={t('empty.title')} text={t('empty.text')} />
      ) : (
        <>
          <Group mb="sm" justify="space-between">
            <SearchInput value={query} onChange={setQuery} label={t('search')} />
            <Text size="sm" c="dimmed">
              {t('common:shown', { shown: rows.length, total: programs?.length ?? 0 })}
            </Text>
          </Group>
          <DataTable
            rows={rows}
            columns={columns}
            rowKey={(p) => p.id}
            label={t('title')}
            initialSort={{ id: 'title', dir: 'asc' }}
          />
        </>
      )}
    </>
  );
}
