import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates';
import type { SessionListRow } from '../../db/queries/attendance';
import type { Column } from '../../ui';

/** Held: not cancelled, already took place, attendance recorded (docs/formats.md §3). */
export function isHeldUnconfirmed(row: SessionListRow, today: string): boolean {
  return (
    row.session.status !== 'cancelled' &&
    row.session.date <= today &&
    row.marked > 0 &&
    !row.session.platformConfirmedOn
  );
}

/** The columns of the sessions list (and of the «not confirmed» tab). */
export function useSessionColumns(today: string): Column<SessionListRow>[] {
  const { t } = useTranslation('attendance');
  return [
    {
      id: 'date',
      header: t('list.columns.date'),
      // Room for the date and the «Сегодня» badge side by side (it was cut to «С.» at 125 px).
      width: 190,
      sortValue: (r) => r.session.date + r.session.start,
      cell: (r) => (
        <Group gap={6} wrap="nowrap">
          <Text size="sm" td={r.session.status === 'cancelled' ? 'line-through' : undefined}>
            {formatDate(r.session.date)}
          </Text>
          {r.session.date === today && (
            <Badge size="xs" variant="light" style={{ flexShrink: 0, overflow: 'visible' }}>
              {t('list.today')}
            </Badge>
          )}
        </Group>
      ),
    },
    {
      id: 'time',
      header: t('list.columns.time'),
      width: 105,
      cell: (r) => `${r.session.start}–${r.session.end}`,
    },
    {
      id: 'program',
      header: t('list.columns.program'),
      width: 270,
      sortValue: (r) => r.programTitle,
      cell: (r) => (
        <Text
          size="sm"
          td={r.session.status === 'cancelled' ? 'line-through' : undefined}
          truncate
          maw={255}
          title={r.programTitle}
        >
          {r.programTitle}
        </Text>
      ),
    },
    {
      id: 'group',
      header: t('list.columns.group'),
      width: 250,
      sortValue: (r) => r.groupName,
      cell: (r) => (
        <Text size="sm" truncate maw={235} title={r.groupName}>
          {r.groupName}
        </Text>
      ),
    },
    {
      id: 'marked',
      header: t('list.columns.marked'),
      width: 95,
      align: 'right',
      cell: (r) => (r.session.status === 'cancelled' ? t('list.cancelled') : `${r.marked} / ${r.enrolled}`),
    },
    {
      id: 'attended',
      header: t('list.columns.attended'),
      width: 85,
      align: 'right',
      sortValue: (r) => r.attended,
      cell: (r) => (r.marked > 0 ? r.attended : '—'),
    },
    {
      id: 'platform',
      header: t('list.columns.platform'),
      width: 140,
      sortValue: (r) => r.session.platformConfirmedOn ?? '',
      cell: (r) =>
        r.session.platformConfirmedOn ? (
          formatDate(r.session.platformConfirmedOn)
        ) : isHeldUnconfirmed(r, today) ? (
          <Badge color="orange" variant="light" size="sm">
            {t('list.notYet')}
          </Badge>
        ) : (
          '—'
        ),
    },
  ];
}
