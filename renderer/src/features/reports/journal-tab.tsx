import { useState } from 'react';
import { Button, Group, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconFileZip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_NAMES, documentFileName } from '@shared/export/file-name';
import { formatNumber } from '@shared/text/collation';
import { getVenueName } from '../../db/queries/venue';
import { XLSX_MIME } from '../../lib/xlsx';
import { EmptyState, ProgressDialog } from '../../ui';
import { csvBytes, CSV_MIME, tablesToCsvZip, tablesToXlsx, ZIP_MIME } from './export-files';
import type { ResolvedPeriod } from './period-picker';
import { PreviewTable } from './preview-table';
import { useExportRunner } from './use-export';
import { useGroupOptions, useJournalTables } from './use-report-data';

type Scope = 'group' | 'period';

/** The attendance journal: participants × sessions of one group, or of every group that met in the period. */
export function JournalTab({ resolved }: { resolved: ResolvedPeriod }) {
  const { t } = useTranslation('reports');
  const { period } = resolved;
  const [scope, setScope] = useState<Scope>('group');
  const [groupId, setGroupId] = useState<string | null>(null);
  const { progress, run } = useExportRunner();
  const groups = useGroupOptions();
  const tables = useJournalTables(scope, groupId, period);

  const groupName = groups?.find((g) => g.id === groupId)?.name ?? '';
  // «Журнал посещаемости <группа>.xlsx» or «Журнал посещаемости <период>.xlsx» (shared/export/file-name.ts).
  const fileName = (ext: string, note?: string) =>
    scope === 'group'
      ? documentFileName(`${DOCUMENT_NAMES.attendanceJournal} ${groupName}`, ext, null, note)
      : documentFileName(DOCUMENT_NAMES.attendanceJournal, ext, period, note);

  const save = (kind: 'xlsx' | 'csv') =>
    run(
      async (step) => {
        if (!tables || tables.length === 0) return null;
        const total = tables.length + 1;
        await step(t('progress.writing'), 0, total);
        let data: Uint8Array;
        let request;
        if (kind === 'xlsx') {
          data = await tablesToXlsx(tables, {
            venue: await getVenueName(),
            onSheet: (n) => step(t('progress.writing'), n, total),
          });
          request = {
            suggestedName: fileName('xlsx'),
            data,
            mimeType: XLSX_MIME,
            filters: [{ name: t('filters.xlsx'), extensions: ['xlsx'] }],
          };
        } else if (tables.length === 1) {
          request = {
            suggestedName: fileName('csv'),
            data: csvBytes(tables[0]!),
            mimeType: CSV_MIME,
            filters: [{ name: t('filters.csv'), extensions: ['csv'] }],
          };
        } else {
          request = {
            suggestedName: fileName('zip', 'CSV'),
            data: await tablesToCsvZip(tables),
            mimeType: ZIP_MIME,
            filters: [{ name: t('filters.zip'), extensions: ['zip'] }],
          };
        }
        await step(t('progress.done'), total, total);
        return request;
      },
      (file) => t('saved', { file }),
    );

  const empty = tables !== undefined && tables !== null && tables.length === 0;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Group gap="md" align="flex-end">
          <SegmentedControl
            aria-label={t('journal.scope')}
            value={scope}
            onChange={(v) => setScope(v as Scope)}
            data={[
              { value: 'group', label: t('journal.byGroup') },
              { value: 'period', label: t('journal.byPeriod') },
            ]}
          />
          {scope === 'group' && (
            <Select
              label={t('journal.group')}
              placeholder={t('journal.pickGroup')}
              searchable
              w={380}
              value={groupId}
              onChange={setGroupId}
              data={(groups ?? []).map((g) => ({
                value: g.id,
                label: `${g.name}${g.firstDate ? '' : ` — ${t('journal.noSessions')}`}`,
              }))}
              nothingFoundMessage={t('journal.noGroups')}
            />
          )}
        </Group>
        <Group gap="sm">
          <Button
            leftSection={<IconFileSpreadsheet size={18} />}
            disabled={!tables || tables.length === 0}
            onClick={() => void save('xlsx')}
          >
            {t('journal.saveXlsx')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileZip size={18} />}
            disabled={!tables || tables.length === 0}
            onClick={() => void save('csv')}
          >
            {t('journal.saveCsv')}
          </Button>
        </Group>
      </Group>
      {scope === 'group' && !groupId && (
        <EmptyState title={t('journal.pickTitle')} text={t('journal.pickText')} />
      )}
      {empty && <EmptyState title={t('journal.emptyTitle')} text={t('journal.emptyText')} />}
      {tables && tables.length === 1 && (
        <>
          <Title order={2} fz="lg">
            {tables[0]!.name}
          </Title>
          <PreviewTable table={tables[0]!} />
        </>
      )}
      {tables && tables.length > 1 && (
        <>
          <Text size="sm" c="dimmed">
            {t('journal.sheets', { count: tables.length })}
          </Text>
          <Table aria-label={t('journal.groupsTable')} withTableBorder striped fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('journal.group')}</Table.Th>
                <Table.Th>{t('journal.firstSession')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('journal.sessions')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('journal.participants')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tables.map((table, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{table.name}</Table.Td>
                  <Table.Td>{(table.columns[4]?.header ?? '').slice(0, 10)}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{formatNumber(table.columns.length - 6)}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>{formatNumber(table.rows.length)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
      <ProgressDialog state={progress} title={t('progress.title')} />
    </Stack>
  );
}
