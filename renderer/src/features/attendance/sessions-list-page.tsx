import { useMemo, useState } from 'react';
import { Select, Stack, Tabs, Text, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { todayIso } from '@shared/dates';
import type { SessionListRow } from '../../db/queries/attendance';
import { DataTable, DateField, EmptyState, FilterBar, PageHeader } from '../../ui';
import { isHeldUnconfirmed, useSessionColumns } from './session-columns';
import { useProgramsForFilter, useSessionsList } from './use-attendance';

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

export function SessionsListPage() {
  const { t } = useTranslation('attendance');
  const navigate = useNavigate();
  const today = todayIso();
  const rows = useSessionsList();
  const programs = useProgramsForFilter();
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

  const columns = useSessionColumns(today);

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
              <FilterBar
                active={!!(programId || date)}
                onClear={() => {
                  setProgramId(null);
                  setDate(null);
                }}
              >
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
              </FilterBar>
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
