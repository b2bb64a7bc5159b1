import { useMemo, useState } from 'react';
import { Button, Checkbox, Group, MultiSelect, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates';
import { DOCUMENT_NAMES, documentFileName } from '@shared/export/file-name';
import { buildParticipantList, type ParticipantListFilter } from '@shared/reports/participant-list';
import type { ReportCell } from '@shared/reports/report-table';
import { ruCollator } from '@shared/text/collation';
import { getVenueName } from '../../db/queries/venue';
import { XLSX_MIME } from '../../lib/xlsx';
import { DataTable, EmptyState, FilterBar, ProgressDialog, type Column } from '../../ui';
import { csvBytes, CSV_MIME, tablesToXlsx } from './export-files';
import type { ResolvedPeriod } from './period-picker';
import { useExportRunner } from './use-export';
import { useReportData, useReportFilterOptions } from './use-report-data';

const GRADES = ['6', '7', '8', '9', '10', '11'];

const NO_FILTER: ParticipantListFilter = { programIds: [], schoolIds: [], grades: [], ovzOnly: false };

/** The participant list in the platform's column names: one row per trial completed in the period. */
export function ParticipantListTab({ resolved }: { resolved: ResolvedPeriod }) {
  const { t } = useTranslation('reports');
  const { period } = resolved;
  const [filter, setFilter] = useState<ParticipantListFilter>(NO_FILTER);
  const filterActive =
    filter.programIds.length > 0 || filter.schoolIds.length > 0 || filter.grades.length > 0 || filter.ovzOnly;
  const { progress, run } = useExportRunner();
  const data = useReportData(period);
  const options = useReportFilterOptions();
  const programs = options?.programs;
  const schools = options?.schools;
  const table = useMemo(
    () => (data && period ? buildParticipantList(data, period, filter) : null),
    [data, period, filter],
  );

  const columns: Column<ReportCell[]>[] = useMemo(
    () =>
      (table?.columns ?? []).map((c, i) => ({
        id: c.header,
        header: c.header,
        cell: (row) => {
          const v = row[i];
          if (v === null || v === undefined || typeof v === 'object') return '';
          return c.kind === 'date' ? formatDate(String(v)) : String(v);
        },
        sortValue: (row) => {
          const v = row[i];
          return typeof v === 'number' || typeof v === 'string' ? v : null;
        },
        align: c.kind === 'number' ? 'right' : 'left',
        width: i === 0 ? 64 : undefined,
      })),
    [table],
  );

  const save = (kind: 'xlsx' | 'csv') =>
    run(
      async (step) => {
        if (!table) return null;
        await step(t('progress.writing'), 0, 1);
        const request =
          kind === 'xlsx'
            ? {
                suggestedName: documentFileName(DOCUMENT_NAMES.participants, 'xlsx', period),
                data: await tablesToXlsx([table], { venue: await getVenueName() }),
                mimeType: XLSX_MIME,
                filters: [{ name: t('filters.xlsx'), extensions: ['xlsx'] }],
              }
            : {
                suggestedName: documentFileName(DOCUMENT_NAMES.participants, 'csv', period),
                data: csvBytes(table),
                mimeType: CSV_MIME,
                filters: [{ name: t('filters.csv'), extensions: ['csv'] }],
              };
        await step(t('progress.done'), 1, 1);
        return request;
      },
      (file) => t('saved', { file }),
    );

  const sortedPrograms = (programs ?? [])
    .slice()
    .sort((a, b) => ruCollator.compare(a.title, b.title))
    .map((p) => ({ value: p.id, label: p.title }));
  const sortedSchools = (schools ?? [])
    .slice()
    .sort((a, b) => ruCollator.compare(a.shortName || a.fullName, b.shortName || b.fullName))
    .map((s) => ({ value: s.id, label: s.shortName || s.fullName }));

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <FilterBar active={filterActive} onClear={() => setFilter(NO_FILTER)}>
          <MultiSelect
            label={t('list.programs')}
            placeholder={t('list.all')}
            data={sortedPrograms}
            value={filter.programIds}
            onChange={(programIds) => setFilter((f) => ({ ...f, programIds }))}
            clearable
            searchable
            w={260}
          />
          <MultiSelect
            label={t('list.schools')}
            placeholder={t('list.all')}
            data={sortedSchools}
            value={filter.schoolIds}
            onChange={(schoolIds) => setFilter((f) => ({ ...f, schoolIds }))}
            clearable
            searchable
            w={220}
          />
          <MultiSelect
            label={t('list.grades')}
            placeholder={t('list.all')}
            data={GRADES}
            value={filter.grades.map(String)}
            onChange={(v) => setFilter((f) => ({ ...f, grades: v.map(Number) }))}
            clearable
            w={150}
          />
          <Checkbox
            label={t('list.ovzOnly')}
            checked={filter.ovzOnly}
            onChange={(e) => {
              const ovzOnly = e.currentTarget.checked;
              setFilter((f) => ({ ...f, ovzOnly }));
            }}
            mb={8}
          />
        </FilterBar>
        <Group gap="sm" wrap="nowrap">
          <Button
            leftSection={<IconFileSpreadsheet size={18} />}
            disabled={!table || table.rows.length === 0}
            onClick={() => void save('xlsx')}
          >
            {t('list.saveXlsx')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileTypeCsv size={18} />}
            disabled={!table || table.rows.length === 0}
            onClick={() => void save('csv')}
          >
            {t('list.saveCsv')}
          </Button>
        </Group>
      </Group>
      {table && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('list.count', { count: table.rows.length })}
        </Text>
      )}
      {table && table.rows.length > 0 ? (
        <DataTable
          label={t('list.table')}
          rows={table.rows}
          columns={columns}
          rowKey={(row) => String(row[0])}
          height="calc(100vh - 400px)"
        />
      ) : (
        table && <EmptyState title={t('list.emptyTitle')} text={t('list.emptyText')} />
      )}
      <ProgressDialog state={progress} title={t('progress.title')} />
    </Stack>
  );
}
