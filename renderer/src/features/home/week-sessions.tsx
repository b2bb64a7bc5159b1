import { Badge, Group, Paper, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDate, weekday } from '@shared/dates';
import type { SessionOverview } from '../../db/queries/home';

function StatusBadge({ s, today }: { s: SessionOverview; today: string }) {
  const { t } = useTranslation('home');
  if (s.cancelled)
    return (
      <Badge tt="none" fw={500} style={{ flexShrink: 0 }} color="gray" variant="light">
        {t('status.cancelled')}
      </Badge>
    );
  if (s.marked > 0)
    return (
      <Badge
        tt="none"
        fw={500}
        style={{ flexShrink: 0 }}
        color={s.confirmed ? 'teal' : 'petrol'}
        variant="light"
      >
        {s.confirmed ? t('status.confirmed') : t('status.marked', { marked: s.marked, enrolled: s.enrolled })}
      </Badge>
    );
  if (s.date < today)
    return (
      <Badge tt="none" fw={500} style={{ flexShrink: 0 }} color="orange" variant="light">
        {t('status.notMarked')}
      </Badge>
    );
  return (
    <Badge tt="none" fw={500} style={{ flexShrink: 0 }} color="gray" variant="outline">
      {t('status.planned', { enrolled: s.enrolled })}
    </Badge>
  );
}

/** Today's sessions as cards one can open to mark attendance. */
export function TodaySessions({
  sessions,
  next,
  today,
}: {
  sessions: SessionOverview[] | undefined;
  next: SessionOverview | null | undefined;
  today: string;
}) {
  const { t } = useTranslation('home');
  const navigate = useNavigate();
  const list = (sessions ?? []).filter((s) => s.date === today);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="home-today">
      <Title order={2} fz="md" fw={600} mb="sm" id="home-today">
        {t('today', { date: formatDate(today) })}
      </Title>
      {list.length === 0 && (
        <Text c="dimmed" size="sm" mb="sm">
          {t('noToday')}
        </Text>
      )}
      {list.length === 0 && next && (
        <Text size="sm" fw={600} mb={4}>
          {t('nextSession')}: {t(`weekdays.${weekday(next.date)}`)}, {formatDate(next.date)}
        </Text>
      )}
      {(list.length > 0 || next) && (
        <Stack gap="xs">
          {(list.length > 0 ? list : next ? [next] : []).map((s) => (
            <UnstyledButton
              key={s.id}
              onClick={() => navigate(`/attendance/sessions/${s.id}`)}
              className={s.cancelled ? 'is-cancelled' : undefined}
              aria-label={t('openSession', { time: s.start, title: s.programTitle })}
            >
              <Paper withBorder p="xs" radius="sm" bg="gray.0">
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
                    <Text fw={600} size="sm">
                      {s.start}–{s.end} · {s.programTitle}
                    </Text>
                    <Text size="xs" c="dimmed" truncate>
                      {[s.groupName, s.place || (s.online ? t('online') : '')].filter(Boolean).join(' · ')}
                    </Text>
                  </Stack>
                  <StatusBadge s={s} today={today} />
                </Group>
              </Paper>
            </UnstyledButton>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

/** This week's sessions (Monday to Sunday) as a compact table. */
export function WeekSessions({
  sessions,
  today,
}: {
  sessions: SessionOverview[] | undefined;
  today: string;
}) {
  const { t } = useTranslation('home');
  const navigate = useNavigate();
  const list = sessions ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="home-week">
      <Title order={2} fz="md" fw={600} mb="sm" id="home-week">
        {t('week')}
      </Title>
      {list.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('noWeek')}
        </Text>
      ) : (
        <Table aria-label={t('week')} fz="sm" verticalSpacing={4} highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('columns.date')}</Table.Th>
              <Table.Th>{t('columns.time')}</Table.Th>
              <Table.Th>{t('columns.program')}</Table.Th>
              <Table.Th>{t('columns.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((s) => (
              <Table.Tr
                key={s.id}
                className={s.cancelled ? 'is-cancelled' : undefined}
                fw={s.date === today ? 600 : undefined}
                style={{ cursor: 'pointer' }}
                tabIndex={0}
                onClick={() => navigate(`/attendance/sessions/${s.id}`)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') navigate(`/attendance/sessions/${s.id}`);
                }}
              >
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {t(`weekdays.${weekday(s.date)}`)}, {formatDate(s.date).slice(0, 5)}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{s.start}</Table.Td>
                <Table.Td>{s.programTitle}</Table.Td>
                <Table.Td>
                  <StatusBadge s={s} today={today} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
