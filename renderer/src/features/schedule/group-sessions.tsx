import { Paper, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Group as StudyGroup, Session } from '@shared/domain';
import { formatDate } from '@shared/dates';
import { mentorsLabel, placeLabel, type Lookups } from './schedule-data';

/** The group's sessions in time order; a row opens the session (cancelled ones struck through). */
export function GroupSessions({
  group,
  sessions,
  lookups,
}: {
  group: StudyGroup;
  sessions: Session[];
  lookups: Lookups;
}) {
  const { t } = useTranslation('schedule');
  const navigate = useNavigate();
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} fz="lg" mb="sm">
        {t('group.sessions')}
      </Title>
      <Table highlightOnHover aria-label={t('group.sessions')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('session.date')}</Table.Th>
            <Table.Th>{t('session.time')}</Table.Th>
            <Table.Th>{t('session.place')}</Table.Th>
            <Table.Th>{t('session.mentors')}</Table.Th>
            <Table.Th>{t('session.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sessions.map((s) => {
            const cancelled = s.status === 'cancelled';
            return (
              <Table.Tr
                key={s.id}
                className={cancelled ? 'is-cancelled' : undefined}
                style={{ cursor: 'pointer' }}
                tabIndex={0}
                onClick={() => navigate(`/schedule/groups/${group.id}/sessions/${s.id}`)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') navigate(`/schedule/groups/${group.id}/sessions/${s.id}`);
                }}
              >
                <Table.Td>
                  <Link
                    to={`/schedule/groups/${group.id}/sessions/${s.id}`}
                    onClick={(e) => e.stopPropagation()}
                  >
                    {t('session.title', { date: formatDate(s.date) })}
                  </Link>
                </Table.Td>
                <Table.Td>
                  {s.start}–{s.end}
                </Table.Td>
                <Table.Td>{placeLabel(lookups, s.placeId, s.onlineLink, t)}</Table.Td>
                <Table.Td>{mentorsLabel(lookups, s.mentorIds)}</Table.Td>
                <Table.Td>
                  {cancelled
                    ? `${t('session.cancelled')}${s.cancelReason ? `: ${s.cancelReason}` : ''}`
                    : t('session.planned')}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
