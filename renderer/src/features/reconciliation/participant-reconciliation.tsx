import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/dates';
import type { Id } from '@shared/domain';
import { useParticipantReconciliation } from './use-reconciliation';

const COLOR = { 'on-platform': 'teal', missing: 'red', extra: 'orange' } as const;

/** The pupil card's Сверка: this pupil's completions and the platform's records of them. */
export function ParticipantReconciliation({ participantId }: { participantId: Id }) {
  const { t } = useTranslation('reconciliation');
  const view = useParticipantReconciliation(participantId);
  if (!view) return null;
  return (
    <Stack gap="xs" mt="lg">
      <Title order={3} size="h4">
        {t('card.title')}
      </Title>
      {!view.source && (
        <Text size="sm" c="dimmed">
          {t('card.noSource')}
        </Text>
      )}
      {view.rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('card.none')}
        </Text>
      ) : (
        <Table striped withTableBorder aria-label={t('card.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('columns.status')}</Table.Th>
              <Table.Th>{t('columns.program')}</Table.Th>
              <Table.Th>{t('columns.sessionDates')}</Table.Th>
              <Table.Th>{t('columns.platform')}</Table.Th>
              <Table.Th>{t('columns.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {view.rows.map((r) => (
              <Table.Tr key={r.key}>
                <Table.Td>
                  <Badge color={COLOR[r.status]} variant="light" miw="max-content">
                    {t(`status.${r.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{r.program}</Table.Td>
                <Table.Td>{r.sessionDates.map(formatDate).join(', ')}</Table.Td>
                <Table.Td>
                  {r.platformName ? `${r.platformName}, ${formatDate(r.platformDate)}` : ''}
                </Table.Td>
                <Table.Td>{r.reason ? t(`reason.${r.reason}`) : ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
