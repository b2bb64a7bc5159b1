import type { ReactNode } from 'react';
import { Badge, Checkbox, Group, Paper, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Id } from '@shared/domain';
import { formatDate } from '@shared/dates';
import { formatNumber } from '@shared/text/collation';
import { DataTable, enumLabel, type Column } from '../../ui';
import type { IssueRow } from './issue-rows';

const tableHeight = (n: number) => Math.min(360, 44 + n * 40);

/** A titled panel with a count badge, and its actions on the right. */
export function IssuePanel({
  title,
  count,
  color,
  actions,
  children,
}: {
  title: string;
  count: number;
  color: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Group gap="xs">
          <Title order={2} fz="lg">
            {title}
          </Title>
          <Badge variant="light" color={color}>
            {formatNumber(count)}
          </Badge>
        </Group>
        {actions}
      </Group>
      {children}
    </Paper>
  );
}

const fioColumn = (t: TFunction): Column<IssueRow> => ({
  id: 'fio',
  header: t('columns.fio'),
  cell: (r) => r.fio,
  sortValue: (r) => r.fio,
  width: '34%',
});
const schoolColumn = (t: TFunction): Column<IssueRow> => ({
  id: 'school',
  header: t('columns.school'),
  cell: (r) => r.school,
  sortValue: (r) => r.school,
});
const attendedColumn = (t: TFunction): Column<IssueRow> => ({
  id: 'attended',
  header: t('columns.attended'),
  cell: (r) => r.attended,
  width: 110,
});

/** Who gets a certificate, each with a checkbox. */
export function EligibleTable({
  rows,
  isChosen,
  onToggle,
}: {
  rows: IssueRow[];
  isChosen: (id: Id) => boolean;
  onToggle: (id: Id, on: boolean) => void;
}) {
  const { t } = useTranslation('certificates');
  const columns: Column<IssueRow>[] = [
    {
      id: 'pick',
      header: '',
      cell: (r) => (
        <Checkbox
          aria-label={t('issue.select', { fio: r.fio })}
          checked={isChosen(r.participantId)}
          onChange={(e) => onToggle(r.participantId, e.currentTarget.checked)}
        />
      ),
      width: 48,
    },
    fioColumn(t),
    schoolColumn(t),
    { id: 'grade', header: t('columns.grade'), cell: (r) => r.grade, sortValue: (r) => r.grade, width: 80 },
    attendedColumn(t),
    {
      id: 'completedOn',
      header: t('columns.completedOn'),
      cell: (r) => formatDate(r.completedOn),
      sortValue: (r) => r.completedOn,
      width: 150,
    },
  ];
  return (
    <DataTable
      rows={rows}
      columns={columns}
      rowKey={(r) => r.participantId}
      label={t('issue.eligibleTable')}
      height={tableHeight(rows.length)}
    />
  );
}

/** Who is skipped, and why. */
export function SkippedTable({ rows }: { rows: IssueRow[] }) {
  const { t } = useTranslation('certificates');
  const reason = (r: IssueRow) => (r.reason ? enumLabel('skipReason', r.reason) : '');
  const columns: Column<IssueRow>[] = [
    fioColumn(t),
    schoolColumn(t),
    { id: 'grade', header: t('columns.grade'), cell: (r) => r.grade, width: 80 },
    attendedColumn(t),
    {
      id: 'reason',
      header: t('columns.reason'),
      cell: (r) => `${reason(r)}${r.heldNumber ? ` (${t('issue.held', { number: r.heldNumber })})` : ''}`,
      sortValue: reason,
      width: '32%',
    },
  ];
  return (
    <DataTable
      rows={rows}
      columns={columns}
      rowKey={(r) => r.participantId}
      label={t('issue.skippedTable')}
      height={tableHeight(rows.length)}
    />
  );
}
