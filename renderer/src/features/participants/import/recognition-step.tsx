import type { ReactNode } from 'react';
import {
  Badge,
  Group,
  NumberInput,
  Paper,
  ScrollArea,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { cellText, columnLetter } from '@shared/import/cells';
import { isPlatformHeader } from '@shared/import/fields';
import { type Delimiter, type TextEncoding } from '@shared/import/text-file';
import { formatNumber } from '@shared/text/collation';
import type { ReadOptions } from './read-file';
import type { FileSummary } from './parse-client';

const PREVIEW_ROWS = 8;
const TEXT_ENCODINGS: readonly TextEncoding[] = ['utf-8', 'utf-8-bom', 'utf-16le', 'windows-1251'];
const DELIMITERS: readonly Delimiter[] = [';', ',', '\t'];
/** Locale keys of the delimiters (a key cannot be the character itself). */
const DELIMITER_NAMES: Record<Delimiter, string> = { ';': 'semicolon', ',': 'comma', '\t': 'tab' };

/** Step 2: what the file was recognised as, and the header row (changeable). */
export function RecognitionStep({
  read,
  headerIndex,
  onHeaderIndex,
  onReread,
}: {
  read: FileSummary;
  headerIndex: number;
  onHeaderIndex: (i: number) => void;
  onReread: (options: ReadOptions) => void;
}) {
  const { t } = useTranslation('participants');
  const platform = isPlatformHeader(read.head[headerIndex] ?? []);
  const dataRows = read.rowCount - headerIndex - 1;
  const start = Math.max(0, headerIndex - 2);
  const shown = read.head.slice(start, start + PREVIEW_ROWS);
  const width = Math.min(12, Math.max(...shown.map((r) => r.length), 1));
  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
          <Info label={t('recognition.file')} value={read.fileName} />
          <Info
            label={t('recognition.format')}
            value={
              platform ? (
                // Sentence case and wrapping: in capitals the words were cut to «…ПЛАТФОР…» at 1366 px.
                <Badge
                  variant="light"
                  color="teal"
                  tt="none"
                  h="auto"
                  py={2}
                  styles={{ label: { whiteSpace: 'normal', overflow: 'visible' } }}
                >
                  {t('recognition.platform')}
                </Badge>
              ) : (
                t('recognition.generic')
              )
            }
          />
          {read.kind === 'xlsx' && <Info label={t('recognition.sheet')} value={read.sheetName ?? ''} />}
          <Info label={t('recognition.rows')} value={formatNumber(Math.max(0, dataRows))} />
        </SimpleGrid>
      </Paper>
      <Group align="flex-end">
        <NumberInput
          label={t('recognition.headerRow')}
          description={t('recognition.headerRowHint')}
          min={1}
          max={Math.min(read.rowCount, 50)}
          value={headerIndex + 1}
          onChange={(v) => typeof v === 'number' && v >= 1 && v <= read.rowCount && onHeaderIndex(v - 1)}
          w={260}
        />
        {read.kind === 'csv' && read.encoding && read.delimiter && (
          <>
            <Select
              label={t('recognition.encodingOverride')}
              data={TEXT_ENCODINGS.map((e) => ({ value: e, label: t(`recognition.encodings.${e}`) }))}
              value={read.encoding}
              onChange={(v) =>
                v && onReread({ encoding: v as TextEncoding, delimiter: read.delimiter ?? undefined })
              }
              allowDeselect={false}
              w={200}
            />
            <Select
              label={t('recognition.delimiterOverride')}
              data={DELIMITERS.map((d) => ({
                value: d,
                label: t(`recognition.delimiters.${DELIMITER_NAMES[d]}`),
              }))}
              value={read.delimiter}
              onChange={(v) =>
                v && onReread({ delimiter: v as Delimiter, encoding: read.encoding ?? undefined })
              }
              allowDeselect={false}
              w={200}
            />
          </>
        )}
        {read.sheetNames.length > 1 && (
          <Select
            label={t('recognition.chooseSheet')}
            data={read.sheetNames.map((n, i) => ({ value: String(i), label: n }))}
            value={String(Math.max(0, read.sheetNames.indexOf(read.sheetName ?? '')))}
            onChange={(v) => v !== null && onReread({ sheetIndex: Number(v) })}
            allowDeselect={false}
            w={260}
          />
        )}
      </Group>
      <ScrollArea>
        <Table withTableBorder withColumnBorders fz="xs" aria-label={t('recognition.rawLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('recognition.rowNo')}</Table.Th>
              {Array.from({ length: width }, (_, i) => (
                <Table.Th key={i}>{columnLetter(i)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row, i) => {
              const index = start + i;
              const isHeader = index === headerIndex;
              return (
                <Table.Tr
                  key={index}
                  bg={isHeader ? 'var(--mantine-color-blue-light)' : undefined}
                  fw={isHeader ? 600 : undefined}
                >
                  <Table.Td>{index + 1}</Table.Td>
                  {Array.from({ length: width }, (_, c) => (
                    <Table.Td
                      key={c}
                      maw={180}
                      style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
                    >
                      {cellText(row[c] ?? null)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Stack>
  );
}

function Info({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} component="div">
        {value}
      </Text>
    </div>
  );
}
