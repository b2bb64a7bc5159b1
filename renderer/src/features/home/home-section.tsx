import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { formatDate, todayIso, addDays } from '@shared/dates';
import { formatNumber } from '@shared/text/collation';
import { db } from '../../db';
import { PageHeader } from '../../ui';

function Figure({ label, value }: { label: string; value: number | undefined }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={600}>
        {value === undefined ? '…' : formatNumber(value)}
      </Text>
    </Paper>
  );
}

export default function HomeSection() {
  const { t } = useTranslation('home');
  const today = todayIso();
  const counts = useLiveQuery(
    async () => ({
      programs: await db.programs.where('status').equals('active').count(),
      participants: await db.participants.count(),
      groups: await db.groups.count(),
      certificates: await db.certificates.count(),
    }),
    [],
  );
  const upcoming = useLiveQuery(
    () => db.sessions.where('date').between(today, addDays(today, 7), true, true).sortBy('date'),
    [today],
  );
  const programs = useLiveQuery(() => db.programs.toArray(), []);
  const titleOf = (id: string) => programs?.find((p) => p.id === id)?.title ?? '';

  return (
    <>
      <PageHeader title={t('title')} />
      <Stack>
        <SimpleGrid cols={4}>
          <Figure label={t('figures.programs')} value={counts?.programs} />
          <Figure label={t('figures.participants')} value={counts?.participants} />
          <Figure label={t('figures.groups')} value={counts?.groups} />
          <Figure label={t('figures.certificates')} value={counts?.certificates} />
        </SimpleGrid>
        <Paper withBorder p="md">
          <Title order={2} fz="lg" mb="sm">
            {t('week')}
          </Title>
          {upcoming && upcoming.length > 0 ? (
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('columns.date')}</Table.Th>
                  <Table.Th>{t('columns.time')}</Table.Th>
                  <Table.Th>{t('columns.program')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {upcoming.map((s) => (
                  <Table.Tr key={s.id} className={s.status === 'cancelled' ? 'is-cancelled' : undefined}>
                    <Table.Td>{formatDate(s.date)}</Table.Td>
                    <Table.Td>
                      {s.start}–{s.end}
                    </Table.Td>
                    <Table.Td>{titleOf(s.programId)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : (
            <Text c="dimmed" size="sm">
              {t('noSessions')}
            </Text>
          )}
        </Paper>
      </Stack>
    </>
  );
}
