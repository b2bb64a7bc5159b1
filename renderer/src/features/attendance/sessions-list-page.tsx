import { useMemo, useState } from 'react';
import { Badge, Group, Select, Stack, Tabs, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDate, todayIso } from '@shared/dates';
import {
  listProgramsForFilter,
  listSessionsForAttendance,
  type SessionListRow,
} from '../../db/repos/attendance-repo';
import { DataTable, DateField, EmptyState, PageHeader, type Column } from '../../ui';

/**
 * Today's sessions first, then the past ones from the most recent back, then the ones ahead. A mentor
 * opening the section finds the session in front of them at the top.
 */
function orderKey(row: SessionListRow, today: string): string {
  const { date, start } = row.session;
  if (date === today) return `0${start}`;
  if (date < today) {
    // Most recent first: invert the date digits so a plain string sort runs backwards.
    const inverted = (date + start).replace(/\d/g, (d) => String(9 - Number(d)));
    return `1${inverted}`;
  }
  return `2${date}${start}`;
}

/** Held: not cancelled, already took place, attendance recorded (docs/formats.md §3). */
export function isHeldUnconfirmed(row: SessionListRow, today: string): boolean {
  return (
    row.session.status !== 'cancelled' &&
    row.session.date <= today &&
    row.marked > 0 &&
    !row.session.platformConfirmedOn
  );
}

export function SessionsListPage() {
  const { t } = useTranslation('attendance');
  const navigate = useNavigate();
  const today = todayIso();
  const rows = useLiveQuery(() => listSessionsForAttendance(), []);
  const programs = useLiveQuery(() => listProgramsForFilter(), []);
  const [programId, setProgramId] = useState<string | null>(null);
  const [date, setDate] = useState<string | null>(null);
  const [tab, setTab] = useState<string | null>('sessions');

  const ordered = useMemo(
    () =>
      [...(rows ?? [])].sort((a, b) =>
        orderKey(a, today) < orderKey(b, today) ? -1 : orderKey(a, today) > orderKey(b, today) ? 1 : 0,
      ),
    [rows, today],
  );
  const filtered = ordered.filter(
    (r) => (!programId || r.session.programId === programId) && (!date || r.session.date === date),
  );
  const pending = ordered
    .filter((r) => isHeldUnconfirmed(r, today))
    .sort((a, b) => a.session.date.localeCompare(b.session.date));

  const columns: Column<SessionListRow>[] = [
    {
      id: 'date',
      header: t('list.columns.date'),
      width: 125,
      sortValue: (r) => r.session.date + r.session.start,
      cell: (r) => (
        <Group gap={6} wrap="nowrap">
          <Text size="sm" td={r.session.status === 'cancelled' ? 'line-through' : undefined}>
            {formatDate(r.session.date)}
          </Text>
          {r.session.date === today && (
            <Badge size="xs" variant="light">
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

  const open = (r: SessionListRow) => navigate(`/attendance/sessions/${r.session.id}`);

  if (rows && rows.length === 0) {
    return (
      <>
        <PageHeader title={t('title')} />
        <EmptyState title={t('empty.title')} text={t('empty.text')} />
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('title')} />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="sessions">{t('list.tabs.sessions')}</Tabs.Tab>
          <Tabs.Tab value="pending">{t('list.tabs.pending', { count: pending.length })}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="sessions">
          <Stack gap="sm">
            <Group align="flex-end" justify="space-between">
              <Group align="flex-end">
                <Select
                  label={t('list.program')}
                  placeholder={t('list.allPrograms')}
                  data={(programs ?? []).map((p) => ({ value: p.id, label: p.title }))}
                  value={programId}
                  onChange={setProgramId}
                  clearable
                  searchable
                  w={340}
                />
                <DateField label={t('list.date')} value={date} onChange={setDate} w={170} />
              </Group>
              <Text size="sm" c="dimmed">
                {t('list.shown', { shown: filtered.length, total: ordered.length })}
              </Text>
            </Group>
            {filtered.length === 0 && rows ? (
              <Text c="dimmed">{t('list.noMatch')}</Text>
            ) : (
              <DataTable
                rows={filtered}
                columns={columns}
                rowKey={(r) => r.session.id}
                onRowClick={open}
                label={t('list.tableLabel')}
                height="calc(100vh - 300px)"
              />
            )}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="pending">
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('list.pendingText')}
            </Text>
            {pending.length === 0 ? (
              <Text>{t('list.pendingEmpty')}</Text>
            ) : (
              <DataTable
                rows={pending}
                columns={columns}
                rowKey={(r) => r.session.id}
                onRowClick={open}
                label={t('list.pendingLabel')}
                height="calc(100vh - 280px)"
              />
            )}
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
