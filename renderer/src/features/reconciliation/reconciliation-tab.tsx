import { useMemo, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconCloudUpload, IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate, todayIso } from '@shared/dates';
import type { ReportPeriod } from '@shared/reports/report-data';
import { normalizeKey } from '@shared/text/normalize';
import { ruCollator } from '@shared/text/collation';
import type { ReconRow, ReconStatus, ReconciliationView } from '../../db/queries/reconciliation';
import { setPlatformConfirmed } from '../../db/repos/attendance-repo';
import { XLSX_MIME } from '../../lib/xlsx';
import { platform } from '../../platform';
import {
  DataTable,
  EmptyState,
  errorMessage,
  FilterBar,
  notifyError,
  notifySaved,
  ProgressDialog,
  useAction,
  type Column,
  type ProgressState,
} from '../../ui';
import { safeFileName, tablesToXlsx } from '../reports/public';
import { loadPlatformExport } from './load-export';
import { missingTable } from './missing-table';
import { useReconciliation } from './use-reconciliation';

type StatusFilter = 'all' | ReconStatus;

const STATUS_COLOR: Record<ReconStatus, string> = {
  'on-platform': 'teal',
  missing: 'red',
  extra: 'orange',
};

/** The ✓ / ✗ / «без прохождения» badge of a row. */
function StatusBadge({ status }: { status: ReconStatus }) {
  const { t } = useTranslation('reconciliation');
  return (
    <Badge color={STATUS_COLOR[status]} variant="light">
      {t(`status.${status}`)}
    </Badge>
  );
}

function Count({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <Paper withBorder p="sm" role="group" aria-label={label}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={26} fw={700} c={color}>
        {value}
      </Text>
    </Paper>
  );
}

/**
 * «Сверка с платформой» for a period (docs/reconciliation.md): the counts, the list with its filters, the
 * platform export's loading, the «не отмечено на платформе» file, and the sessions now ready to be marked.
 */
export function ReconciliationTab({ period, label }: { period: ReportPeriod | null; label: string }) {
  const { t } = useTranslation('reconciliation');
  const view = useReconciliation(period);
  const [status, setStatus] = useState<StatusFilter>('all');
  const [programId, setProgramId] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const { busy, run } = useAction();

  const rows = useMemo(() => {
    if (!view) return [];
    const q = normalizeKey(query);
    return view.rows.filter(
      (r) =>
        (status === 'all' || r.status === status) &&
        (!programId || r.programId === programId) &&
        (!q || normalizeKey(r.fio).includes(q)),
    );
  }, [view, status, programId, query]);

  const programOptions = useMemo(() => {
    const seen = new Map<string, string>();
    for (const r of view?.rows ?? []) seen.set(r.programId, r.program);
    return [...seen]
      .sort((a, b) => ruCollator.compare(a[1], b[1]))
      .map(([value, text]) => ({ value, label: text }));
  }, [view]);

  const columns: Column<ReconRow>[] = useMemo(
    () => [
      {
        id: 'status',
        header: t('columns.status'),
        cell: (r) => <StatusBadge status={r.status} />,
        sortValue: (r) => r.status,
        width: 190,
      },
      { id: 'fio', header: t('columns.fio'), cell: (r) => r.fio, sortValue: (r) => r.fio },
      {
        id: 'birth',
        header: t('columns.birthDate'),
        cell: (r) => formatDate(r.birthDate),
        sortValue: (r) => r.birthDate ?? '',
        width: 120,
      },
      { id: 'school', header: t('columns.school'), cell: (r) => r.school, sortValue: (r) => r.school },
      { id: 'class', header: t('columns.className'), cell: (r) => r.className, width: 70 },
      { id: 'program', header: t('columns.program'), cell: (r) => r.program, sortValue: (r) => r.program },
      {
        id: 'dates',
        header: t('columns.sessionDates'),
        cell: (r) => r.sessionDates.map(formatDate).join(', '),
        sortValue: (r) => r.sessionDates[0] ?? '',
      },
      {
        id: 'platform',
        header: t('columns.platform'),
        cell: (r) =>
          r.platformName
            ? `${r.platformName}, ${formatDate(r.platformDate)} (${t(`kind.${r.platformKind ?? 'in-person'}`)})`
            : '',
      },
      {
        id: 'note',
        header: t('columns.note'),
        cell: (r) => (r.reason ? t(`reason.${r.reason}`) : ''),
      },
    ],
    [t],
  );

  async function load() {
    const file = await platform.openFile([
      { name: t('filters.xlsx'), extensions: ['xlsx'] },
      { name: t('filters.allFiles'), extensions: ['*'] },
    ]);
    if (!file) return;
    await run(
      async () => {
        const result = await loadPlatformExport(
          { name: file.name, bytes: file.data },
          todayIso(),
          (phase, done, total) => setProgress({ label: t(`progress.${phase}`), done, total }),
        );
        notifySaved(
          t('loaded', { file: file.name, date: formatDate(result.exportedOn), count: result.count }),
        );
        return result;
      },
      { onError: (error) => notifyError(errorMessage(error)) },
    );
    setProgress(null);
  }

  async function exportMissing(current: ReconciliationView) {
    try {
      const name = safeFileName(t('fileName', { period: label }));
      const request = {
        suggestedName: `${name}.xlsx`,
        data: await tablesToXlsx([missingTable(current.rows)]),
        mimeType: XLSX_MIME,
        filters: [{ name: t('filters.xlsx'), extensions: ['xlsx'] }],
      };
      if (await platform.saveFile(request)) notifySaved(t('saved', { file: request.suggestedName }));
    } catch (error) {
      notifyError(t('exportFailed', { reason: errorMessage(error) }));
    }
  }

  async function markSessions(ids: readonly string[]) {
    const today = todayIso();
    await run(
      async () => {
        for (const id of ids) await setPlatformConfirmed(id, today);
      },
      { success: t('ready.marked', { count: ids.length }) },
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} maw={820}>
          <Text size="sm" c="dimmed">
            {t('hint')}
          </Text>
          <Text size="sm" aria-live="polite">
            {view?.source
              ? t('source', {
                  file: view.source.file,
                  date: formatDate(view.source.exportedOn),
                  count: view.source.records,
                })
              : view && t('noSource')}
          </Text>
        </Stack>
        <Group gap="sm" wrap="nowrap">
          <Button
            variant="default"
            leftSection={<IconCloudUpload size={18} />}
            loading={busy}
            onClick={() => void load()}
          >
            {t('load')}
          </Button>
          <Button
            leftSection={<IconFileSpreadsheet size={18} />}
            disabled={!view || view.counts.missing === 0}
            onClick={() => view && void exportMissing(view)}
          >
            {t('exportMissing')}
          </Button>
        </Group>
      </Group>

      {view && (
        <SimpleGrid cols={4}>
          <Count label={t('counts.completions')} value={view.counts.completions} />
          <Count label={t('counts.onPlatform')} value={view.counts.onPlatform} color="teal" />
          <Count label={t('counts.missing')} value={view.counts.missing} color="red" />
          <Count label={t('counts.extras')} value={view.counts.extras} color="orange" />
        </SimpleGrid>
      )}

      {view && view.readySessions.length > 0 && (
        <Alert color="teal" title={t('ready.title', { count: view.readySessions.length })}>
          <Stack gap="xs">
            <Text size="sm">{t('ready.text')}</Text>
            <List size="sm">
              {view.readySessions.map((s) => (
                <List.Item key={s.id}>
                  {formatDate(s.date)} {s.start} · {s.program} · {s.group}
                </List.Item>
              ))}
            </List>
            <Group>
              <Button
                size="xs"
                loading={busy}
                onClick={() => void markSessions(view.readySessions.map((s) => s.id))}
              >
                {t('ready.markAll', { count: view.readySessions.length })}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}

      {view && view.unpaired.length > 0 && (
        <Alert color="yellow" title={t('unpairedTitle', { count: view.unpaired.length })}>
          <List size="sm">
            {view.unpaired.map((u) => (
              <List.Item key={`${u.rowNumber}|${u.kind}`}>
                {t('unpairedRow', {
                  row: u.rowNumber,
                  fio: u.fio,
                  kind: t(`kind.${u.kind}`),
                  names: u.names.join(', '),
                  dates: u.dates.map(formatDate).join(', ') || '—',
                })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}

      <FilterBar
        active={status !== 'all' || !!programId || !!query}
        onClear={() => {
          setStatus('all');
          setProgramId(null);
          setQuery('');
        }}
      >
        <Stack gap={4}>
          <Text size="sm" fw={500} id="recon-status-label">
            {t('status.label')}
          </Text>
          <SegmentedControl
            aria-labelledby="recon-status-label"
            value={status}
            onChange={(v) => setStatus(v as StatusFilter)}
            data={(['all', 'on-platform', 'missing', 'extra'] as const).map((v) => ({
              value: v,
              label: t(`status.${v}`),
            }))}
          />
        </Stack>
        <Select
          label={t('filters.program')}
          placeholder={t('filters.all')}
          data={programOptions}
          value={programId}
          onChange={setProgramId}
          clearable
          searchable
          w={260}
        />
        <TextInput
          label={t('filters.search')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          w={200}
        />
      </FilterBar>

      {view && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('shown', { shown: rows.length, total: view.rows.length })}
        </Text>
      )}
      {view && view.rows.length > 0 ? (
        <DataTable
          label={t('table')}
          rows={rows}
          columns={columns}
          rowKey={(r) => r.key}
          height="calc(100vh - 420px)"
        />
      ) : (
        view && <EmptyState title={t('emptyTitle')} text={t('emptyText')} />
      )}
      <ProgressDialog state={progress} title={t('progress.title')} />
    </Stack>
  );
}
