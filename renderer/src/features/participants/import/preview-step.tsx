import { useMemo, useState } from 'react';
import { Alert, Badge, Button, Checkbox, Chip, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROW_STATUSES, type ClassifiedRow, type ImportPlan, type RowStatus } from '@shared/import/classify';
import { formatDate } from '@shared/dates';
import { joinFio } from '@shared/text/fio';
import { formatNumber } from '@shared/text/collation';
import { DataTable, type Column } from '../../../ui';
import { RowNotes } from './row-notes';

const STATUS_COLORS: Record<RowStatus, string> = {
  new: 'teal',
  update: 'blue',
  'duplicate-existing': 'gray',
  'duplicate-in-file': 'gray',
  'possible-duplicate': 'orange',
  invalid: 'red',
};

/** Step 4: every row classified, with its problems; nothing is written until «Импортировать». */
export function PreviewStep({
  rows,
  plan,
  fileName,
  addPossible,
  onAddPossible,
  onCommit,
  onCancel,
}: {
  rows: ClassifiedRow[];
  plan: ImportPlan;
  fileName: string;
  addPossible: ReadonlySet<number>;
  onAddPossible: (s: ReadonlySet<number>) => void;
  onCommit: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('participants');
  const [filter, setFilter] = useState<RowStatus | 'all' | 'warnings'>(() =>
    rows.some((r) => r.status === 'invalid') ? 'invalid' : 'all',
  );
  const [skipInvalid, setSkipInvalid] = useState(false);
  const byStatus = useMemo(() => {
    const m = new Map<RowStatus, number>();
    for (const r of rows) m.set(r.status, (m.get(r.status) ?? 0) + 1);
    return m;
  }, [rows]);
  const shown =
    filter === 'all'
      ? rows
      : filter === 'warnings'
        ? rows.filter((r) => r.warnings.length > 0)
        : rows.filter((r) => r.status === filter);
  const invalid = byStatus.get('invalid') ?? 0;
  const withWarnings = rows.filter((r) => r.warnings.length > 0).length;

  const columns: Column<ClassifiedRow>[] = [
    {
      id: 'row',
      header: t('preview.row'),
      cell: (r) => r.rowNumber,
      sortValue: (r) => r.rowNumber,
      width: 80,
    },
    {
      id: 'status',
      header: t('preview.status'),
      cell: (r) => (
        <Badge color={STATUS_COLORS[r.status]} variant="light">
          {t(`import.rowStatus.${r.status}`)}
        </Badge>
      ),
      sortValue: (r) => ROW_STATUSES.indexOf(r.status),
      width: 170,
    },
    {
      id: 'fio',
      header: t('preview.fio'),
      cell: (r) => joinFio(r.draft),
      sortValue: (r) => joinFio(r.draft),
      width: '22%',
    },
    { id: 'birth', header: t('preview.birthDate'), cell: (r) => formatDate(r.draft.birthDate), width: 115 },
    {
      id: 'class',
      header: t('preview.grade'),
      cell: (r) => (r.draft.grade ? `${r.draft.grade}${r.draft.classLetter}` : ''),
      width: 70,
    },
    { id: 'school', header: t('preview.school'), cell: (r) => r.schoolName, width: '18%' },
    {
      id: 'notes',
      header: t('preview.notes'),
      cell: (r) => (
        <RowNotes row={r} checked={addPossible.has(r.rowNumber)} onToggle={(on) => toggle(r.rowNumber, on)} />
      ),
    },
  ];

  function toggle(rowNumber: number, on: boolean) {
    const next = new Set(addPossible);
    if (on) next.add(rowNumber);
    else next.delete(rowNumber);
    onAddPossible(next);
  }

  return (
    <Stack gap="sm">
      <Group gap="xs" role="group" aria-label={t('preview.filter')}>
        <Chip checked={filter === 'all'} onChange={() => setFilter('all')} variant="outline">
          {t('preview.all', { count: rows.length, value: formatNumber(rows.length) })}
        </Chip>
        {ROW_STATUSES.filter((s) => (byStatus.get(s) ?? 0) > 0).map((s) => (
          <Chip
            key={s}
            checked={filter === s}
            onChange={() => setFilter(s)}
            variant="outline"
            color={STATUS_COLORS[s]}
          >
            {`${t(`import.rowStatus.${s}`)}: ${formatNumber(byStatus.get(s) ?? 0)}`}
          </Chip>
        ))}
        {withWarnings > 0 && (
          <Chip
            checked={filter === 'warnings'}
            onChange={() => setFilter('warnings')}
            variant="outline"
            color="orange"
          >
            {t('preview.withWarnings', { count: withWarnings })}
          </Chip>
        )}
      </Group>
      {invalid > 0 && (
        <Alert color="red" title={t('preview.invalidTitle', { count: invalid })}>
          <Stack gap={6}>
            <Text size="sm">{t('preview.invalidText', { name: fileName })}</Text>
            <Checkbox
              label={t('preview.skipInvalid', { count: invalid })}
              checked={skipInvalid}
              onChange={(e) => setSkipInvalid(e.currentTarget.checked)}
            />
          </Stack>
        </Alert>
      )}
      {withWarnings > 0 && (
        <Text size="sm" c="orange.8">
          {t('preview.warnings', { count: withWarnings })}
        </Text>
      )}
      <DataTable
        rows={shown}
        columns={columns}
        rowKey={(r) => String(r.rowNumber)}
        label={t('preview.label')}
        height="max(320px, calc(100vh - 400px))"
      />
      <Group justify="space-between" mt="xs">
        <Text size="sm" aria-live="polite">
          {t('preview.planText', {
            added: formatNumber(plan.counts.added),
            updated: formatNumber(plan.counts.updated),
            schools: formatNumber(plan.counts.newSchools),
          })}
        </Text>
        <Group>
          <Button variant="default" onClick={onCancel}>
            {t('preview.cancel')}
          </Button>
          <Button onClick={onCommit} disabled={invalid > 0 && !skipInvalid}>
            {t('preview.commit')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
