import { useMemo, useState } from 'react';
import { Group, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Participant } from '@shared/domain';
import { formatDate } from '@shared/dates';
import { joinFio } from '@shared/text/fio';
import { matchesQuery, normalizeKey } from '@shared/text/normalize';
import { db } from '../../db';
import { DataTable, EmptyState, PageHeader, SearchInput, type Column } from '../../ui';

export default function ParticipantsSection() {
  const { t } = useTranslation('participants');
  const [query, setQuery] = useState('');
  const participants = useLiveQuery(() => db.participants.toArray(), []);
  const schools = useLiveQuery(
    async () => new Map((await db.schools.toArray()).map((s) => [s.id, s.shortName])),
    [],
  );
  const rows = useMemo(() => {
    const q = normalizeKey(query);
    return (participants ?? []).filter((p) => matchesQuery(p.fioKey, q));
  }, [participants, query]);

  const columns: Column<Participant>[] = [
    { id: 'fio', header: t('columns.fio'), cell: (p) => joinFio(p), sortValue: (p) => joinFio(p) },
    {
      id: 'birth',
      header: t('columns.birthDate'),
      cell: (p) => formatDate(p.birthDate),
      sortValue: (p) => p.birthDate,
    },
    {
      id: 'school',
      header: t('columns.school'),
      cell: (p) => (p.schoolId ? schools?.get(p.schoolId) : '') ?? '',
      sortValue: (p) => (p.schoolId ? (schools?.get(p.schoolId) ?? '') : ''),
    },
    {
      id: 'grade',
      header: t('columns.grade'),
      cell: (p) => (p.grade ? `${p.grade}${p.classLetter}` : ''),
      sortValue: (p) => p.grade,
    },
  ];

  return (
    <>
      <PageHeader title={t('title')} />
      {participants && participants.length === 0 ? (
        <EmptyState title={t('empty.title')} text={t('empty.text')} />
      ) : (
        <>
          <Group mb="sm" justify="space-between">
            <SearchInput value={query} onChange={setQuery} label={t('search')} />
            <Text size="sm" c="dimmed">
              {t('common:shown', { shown: rows.length, total: participants?.length ?? 0 })}
            </Text>
          </Group>
          <DataTable
            rows={rows}
            columns={columns}
            rowKey={(p) => p.id}
            label={t('title')}
            initialSort={{ id: 'fio', dir: 'asc' }}
          />
        </>
      )}
    </>
  );
}
