import { useMemo, useRef, useState, type DragEvent } from 'react';
import { Button, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconFolderPlus, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate, todayIso } from '@shared/dates';
import { isCancelled } from '@shared/errors';
import type { FileOutcome } from '@shared/consolidation/consolidate';
import { formatNumber } from '@shared/text/collation';
import { XLSX_MIME } from '../../lib/xlsx';
import { platform } from '../../platform';
import { errorMessage, notifyError, notifySaved, ProgressDialog, type ProgressState } from '../../ui';
import { safeFileName } from '../reports/public';
import { consolidateFiles, consolidationToXlsx } from './consolidation-file';
import { filesFromDrop } from './dropped-files';
import { readReportsInWorker } from './read-client';

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <Paper withBorder p="sm" role="group" aria-label={label}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fz={22} fw={600}>
        {formatNumber(value)}
      </Text>
    </Paper>
  );
}

/**
 * Отчёты › «Свод по площадкам»: the venues' quarterly reports of the chosen period, added as files or a
 * dropped folder, read in a worker (progress, «Прервать»), checked file by file, and saved as one XLSX.
 */
export function ConsolidationTab({
  period,
  label,
}: {
  period: { from: string; to: string } | null;
  label: string;
}) {
  const { t } = useTranslation('consolidation');
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const [dragging, setDragging] = useState(false);
  // «Прервать» only while files are read: writing the workbook is short and has nothing to cancel.
  const [reading, setReading] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  // By its dates: the section makes a new period object on every render.
  const from = period?.from;
  const to = period?.to;
  const result = useMemo(
    () => (from && to ? consolidateFiles(outcomes, { from, to }, todayIso()) : null),
    [outcomes, from, to],
  );

  const add = async (files: readonly File[]) => {
    if (files.length === 0) return;
    const controller = new AbortController();
    abort.current = controller;
    setReading(true);
    try {
      setProgress({ label: t('progress.file', { file: files[0]!.name }), done: 0, total: files.length });
      const inputs = await Promise.all(
        files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
      );
      const read = await readReportsInWorker(
        inputs,
        (done, total, file) => setProgress({ label: t('progress.file', { file }), done, total }),
        controller.signal,
      );
      // A file added again under the same name replaces the earlier one.
      const names = new Set(read.map((o) => o.file));
      setOutcomes((current) => [...current.filter((o) => !names.has(o.file)), ...read]);
    } catch (error) {
      if (!isCancelled(error)) notifyError(t('failed', { reason: errorMessage(error) }));
    } finally {
      abort.current = null;
      setReading(false);
      setProgress(null);
    }
  };

  const save = async () => {
    if (!result || !period) return;
    try {
      const total = result.tables.length;
      setProgress({ label: t('progress.writing'), done: 0, total });
      const bytes = await consolidationToXlsx(result, async (n) => {
        setProgress({ label: t('progress.writing'), done: n, total });
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
      setProgress(null);
      const name = `${safeFileName(t('fileName', { period: label }))}.xlsx`;
      if (await platform.saveFile({ suggestedName: name, data: bytes, mimeType: XLSX_MIME }))
        notifySaved(t('saved', { file: name }));
    } catch (error) {
      setProgress(null);
      notifyError(t('failed', { reason: errorMessage(error) }));
    }
  };

  const onDrop = async (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    await add(await filesFromDrop(event.dataTransfer));
  };

  const verdicts = result?.verdicts ?? [];
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed" maw={760}>
        {t('hint')}
      </Text>
      <Paper
        withBorder
        p="lg"
        role="region"
        aria-label={t('drop')}
        style={{
          borderStyle: 'dashed',
          borderWidth: 2,
          background: dragging ? 'var(--mantine-color-blue-0)' : undefined,
        }}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => void onDrop(e)}
      >
        <Group justify="space-between">
          <Text>{t('drop')}</Text>
          <Group gap="sm">
            <Button
              leftSection={<IconPlus size={18} />}
              onClick={() => filesInput.current?.click()}
              disabled={!period}
            >
              {t('addFiles')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconFolderPlus size={18} />}
              onClick={() => folderInput.current?.click()}
              disabled={!period}
            >
              {t('addFolder')}
            </Button>
          </Group>
        </Group>
        <input
          ref={filesInput}
          type="file"
          multiple
          accept=".xlsx"
          hidden
          aria-label={t('addFiles')}
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = '';
            void add(files);
          }}
        />
        <input
          ref={(el) => {
            folderInput.current = el;
            // Not in React's typings: lets the picker choose a folder, its files come as a list.
            el?.setAttribute('webkitdirectory', '');
          }}
          type="file"
          hidden
          aria-label={t('addFolder')}
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])].filter((f) => /\.xlsx$/i.test(f.name));
            e.currentTarget.value = '';
            void add(files);
          }}
        />
      </Paper>

      {result && (
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
          <Figure label={t('figures.venues')} value={result.figures.venues} />
          <Figure label={t('figures.unique')} value={result.figures.uniquePupils} />
          <Figure label={t('figures.multi')} value={result.figures.multiVenuePupils} />
          <Figure label={t('figures.refused')} value={result.figures.refused} />
        </SimpleGrid>
      )}

      <Paper withBorder>
        <Table aria-label={t('listLabel')} striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('columns.file')}</Table.Th>
              <Table.Th>{t('columns.venue')}</Table.Th>
              <Table.Th>{t('columns.period')}</Table.Th>
              <Table.Th>{t('columns.rows')}</Table.Th>
              <Table.Th>{t('columns.format')}</Table.Th>
              <Table.Th>{t('columns.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {verdicts.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={6}>
                  <Text size="sm" c="dimmed">
                    {t('empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ) : (
              verdicts.map((v) => {
                const outcome = outcomes.find((o) => o.file === v.file);
                const version = outcome?.ok ? outcome.report.version : null;
                return (
                  <Table.Tr key={v.file}>
                    <Table.Td>{v.file}</Table.Td>
                    <Table.Td>{v.venue}</Table.Td>
                    <Table.Td>
                      {v.period ? `${formatDate(v.period.from)}–${formatDate(v.period.to)}` : ''}
                    </Table.Td>
                    <Table.Td>{v.period ? formatNumber(v.rows) : ''}</Table.Td>
                    <Table.Td>
                      <Text
                        size="sm"
                        fw={600}
                        c={v.accepted ? 'green.8' : 'red.8'}
                        style={{ whiteSpace: 'nowrap' }}
                      >
                        {v.accepted ? `✓ ${t('accepted')}` : `✗ ${t('refused')}`}
                      </Text>
                      {version !== null && (
                        <Text size="xs" c="dimmed">
                          {t('formatVersion', { version })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {v.reason
                        ? t(`errors.${v.reason.code.replace(/^consolidation\./, '')}`, {
                            file: v.file,
                            ...v.reason.params,
                          })
                        : v.notes.length > 0
                          ? t('notesCount', { count: v.notes.length })
                          : ''}
                    </Table.Td>
                  </Table.Tr>
                );
              })
            )}
          </Table.Tbody>
        </Table>
      </Paper>

      <Group justify="flex-end">
        <Button
          variant="default"
          leftSection={<IconTrash size={18} />}
          disabled={outcomes.length === 0}
          onClick={() => setOutcomes([])}
        >
          {t('clear')}
        </Button>
        <Button
          leftSection={<IconFileSpreadsheet size={18} />}
          disabled={!result || result.figures.venues === 0}
          onClick={() => void save()}
        >
          {t('save')}
        </Button>
      </Group>
      <ProgressDialog
        state={progress}
        title={t('progress.title')}
        onCancel={reading ? () => abort.current?.abort() : undefined}
      />
    </Stack>
  );
}
