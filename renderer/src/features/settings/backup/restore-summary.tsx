import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@shared/dates';
import { formatNumber } from '@shared/text/collation';
import { totalRecords, type DecodedBackup } from '../../../db/backup';
import { LATEST_VERSION as SCHEMA_VERSION } from '../../../db/versions';
import { tableLabel } from './backup-progress';

/** Counts now vs in the file, per table: what exactly the restore will replace. */
export function RestoreSummary({
  backup,
  now,
  willDownload,
}: {
  backup: DecodedBackup;
  now: Record<string, number>;
  willDownload: boolean;
}) {
  const { t } = useTranslation('settings');
  // Tables empty on both sides say nothing; leaving them out keeps the dialog and its button on a 768-px screen.
  const tables = Object.keys(now).filter((table) => (now[table] ?? 0) > 0 || (backup.counts[table] ?? 0) > 0);
  return (
    <Stack gap="sm">
      <Text size="sm">
        {t('backup.restore.confirmText', {
          name: backup.fileName,
          when: formatDateTime(backup.header.createdAt),
          app: backup.header.appVersion,
          where: willDownload ? t('backup.restore.whereDownload') : t('backup.restore.whereFolder'),
        })}
      </Text>
      {backup.header.schemaVersion < SCHEMA_VERSION && (
        <Text size="sm">
          {t('backup.restore.confirmUpgrade', { from: backup.header.schemaVersion, to: SCHEMA_VERSION })}
        </Text>
      )}
      <Table
        striped
        withTableBorder
        verticalSpacing={2}
        fz="sm"
        aria-label={t('backup.restore.confirmTitle')}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('backup.restore.colTable')}</Table.Th>
            <Table.Th ta="right">{t('backup.restore.colNow')}</Table.Th>
            <Table.Th ta="right">{t('backup.restore.colFile')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tables.map((table) => {
            const file = backup.counts[table] ?? 0;
            const current = now[table] ?? 0;
            return (
              <Table.Tr key={table}>
                <Table.Td>{tableLabel(t, table)}</Table.Td>
                <Table.Td ta="right">{formatNumber(current)}</Table.Td>
                <Table.Td ta="right" fw={file !== current ? 700 : undefined}>
                  {formatNumber(file)}
                </Table.Td>
              </Table.Tr>
            );
          })}
          <Table.Tr>
            <Table.Td fw={700}>{t('backup.restore.total')}</Table.Td>
            <Table.Td ta="right" fw={700}>
              {formatNumber(totalRecords(now))}
            </Table.Td>
            <Table.Td ta="right" fw={700}>
              {formatNumber(totalRecords(backup.counts))}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
