import { useState } from 'react';
import { Button, Group, Paper, SegmentedControl, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconFileZip, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '@shared/dates';
import { DOCUMENT_NAMES, documentFileName } from '@shared/export/file-name';
import { buildQuarterlyReportWithKeys, SHEET_NAMES } from '@shared/reports/quarterly-report';
import { formatNumber } from '@shared/text/collation';
import { loadReportData } from '../../db/queries/reports';
import { setSetting } from '../../db/repos/settings-repo';
import { XLSX_MIME } from '../../lib/xlsx';
import { renderPdf } from '../../lib/pdf';
import { platform } from '../../platform';
import { buildReportTablePdf } from '@shared/reports/report-pdf';
import { useVenue } from '../settings/public';
import { EmptyState, ProgressDialog, useAction, usePageShortcut } from '../../ui';
import { tablesToCsvZip, tablesToXlsx, ZIP_MIME } from './export-files';
import type { ResolvedPeriod } from './period-picker';
import { PreviewTable } from './preview-table';
import { useExportRunner } from './use-export';
import { useQuarterlyReport } from './use-report-data';

function Figure({ label, value }: { label: string; value: number | undefined }) {
  return (
    <Paper withBorder p="sm" role="group" aria-label={label}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fz={22} fw={600}>
        {value === undefined ? '…' : formatNumber(value)}
      </Text>
    </Paper>
  );
}

/** The quarterly report for the federal operator: a preview of its sheets, then XLSX or a zip of CSV. */
export function QuarterlyReportTab({ resolved }: { resolved: ResolvedPeriod }) {
  const { t } = useTranslation('reports');
  const { period, label } = resolved;
  const [sheet, setSheet] = useState<string>('Сводка');
  const { progress, run } = useExportRunner();
  const report = useQuarterlyReport(period);

  const save = (kind: 'xlsx' | 'zip') =>
    run(
      async (step) => {
        if (!period) return null;
        const total = SHEET_NAMES.length + 3;
        await step(t('progress.reading'), 0, total);
        const data = await loadReportData(period);
        await step(t('progress.counting'), 1, total);
        const fresh = await buildQuarterlyReportWithKeys(data, period, todayIso());
        await step(t('progress.sheet', { name: SHEET_NAMES[0] }), 2, total);
        const bytes =
          kind === 'xlsx'
            ? await tablesToXlsx(fresh.tables, {
                venue: data.venue?.fullName || data.venue?.shortName,
                onSheet: (n) =>
                  step(
                    n < SHEET_NAMES.length
                      ? t('progress.sheet', { name: SHEET_NAMES[n] })
                      : t('progress.packing'),
                    2 + n,
                    total,
                  ),
              })
            : await tablesToCsvZip(fresh.tables);
        await step(t('progress.done'), total, total);
        return kind === 'xlsx'
          ? {
              suggestedName: documentFileName(DOCUMENT_NAMES.quarterlyReport, 'xlsx', period),
              data: bytes,
              mimeType: XLSX_MIME,
              filters: [{ name: t('filters.xlsx'), extensions: ['xlsx'] }],
            }
          : {
              suggestedName: documentFileName(DOCUMENT_NAMES.quarterlyReport, 'zip', period, 'CSV'),
              data: bytes,
              mimeType: ZIP_MIME,
              filters: [{ name: t('filters.zip'), extensions: ['zip'] }],
            };
      },
      (file) => {
        // «Главная»'s first steps end with a saved report.
        void setSetting('lastReportSavedAt', new Date().toISOString());
        return t('saved', { file });
      },
    );

  const shown = report?.tables.find((x) => x.name === sheet);
  const venue = useVenue();
  const printing = useAction();
  // Prints the sheet shown in the preview through the platform adapter (the desktop app's preview and print
  // dialog; the browser's print in the web app).
  const print = () =>
    printing.run(async () => {
      if (!shown) return;
      const doc = buildReportTablePdf(shown, {
        title: 'Квартальный отчёт',
        period: label,
        venue: venue?.fullName || venue?.shortName || '',
      });
      await platform.printPdf(await renderPdf(doc), `Квартальный отчёт — ${shown.name}`);
    });
  // Ctrl+P prints the sheet shown, as «Печать листа» does.
  usePageShortcut('print', shown ? () => void print() : undefined);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Text size="sm" c="dimmed" maw={640}>
          {t('quarterly.hint')}
        </Text>
        <Group gap="sm">
          <Button
            leftSection={<IconFileSpreadsheet size={18} />}
            disabled={!period}
            onClick={() => void save('xlsx')}
          >
            {t('quarterly.saveXlsx')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileZip size={18} />}
            disabled={!period}
            onClick={() => void save('zip')}
          >
            {t('quarterly.saveCsv')}
          </Button>
        </Group>
      </Group>
      {!period ? null : report === undefined || report === null ? (
        <Skeleton h={240} />
      ) : (
        <>
          <SimpleGrid cols={{ base: 2, md: 5 }} spacing="sm">
            <Figure label={t('figures.held')} value={report.figures.heldSessions} />
            <Figure label={t('figures.enrolled')} value={report.figures.enrolled} />
            <Figure label={t('figures.completed')} value={report.figures.completed} />
            <Figure label={t('figures.completedParticipants')} value={report.figures.completedParticipants} />
            <Figure label={t('figures.certificates')} value={report.figures.certificates} />
          </SimpleGrid>
          <Group justify="space-between" align="center">
            <SegmentedControl
              aria-label={t('quarterly.sheet')}
              value={sheet}
              onChange={setSheet}
              data={SHEET_NAMES.map((n) => ({ value: n, label: n }))}
            />
            <Group gap="sm">
              <Text size="sm" c="dimmed">
                {t('quarterly.previewOf', { period: label })}
              </Text>
              <Button
                variant="default"
                leftSection={<IconPrinter size={16} />}
                disabled={!shown || shown.rows.length === 0}
                loading={printing.busy}
                onClick={() => void print()}
              >
                {t('quarterly.print')}
              </Button>
            </Group>
          </Group>
          {shown && shown.rows.length > 0 ? (
            <PreviewTable table={shown} />
          ) : (
            <EmptyState title={t('quarterly.emptyTitle')} text={t('quarterly.emptyText')} />
          )}
        </>
      )}
      <ProgressDialog state={progress} title={t('progress.title')} />
    </Stack>
  );
}
