import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Id } from '@shared/domain';
import { enumLabel } from '../../../ui';
import { formatDate } from '@shared/dates';
import { useParticipantActivity, useParticipantCertificates } from '../use-participant';

/** Groups the participant is enrolled in, with attendance and completion by the shared completion rule. */
export function ActivityPanel({ participantId }: { participantId: Id }) {
  const { t } = useTranslation('participants');
  const rows = useParticipantActivity(participantId);

  if (!rows) return null;
  if (rows.length === 0) return <Text c="dimmed">{t('activity.empty')}</Text>;
  return (
    <Table striped withTableBorder aria-label={t('activity.label')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('activity.program')}</Table.Th>
          <Table.Th>{t('activity.group')}</Table.Th>
          <Table.Th>{t('activity.dates')}</Table.Th>
          <Table.Th>{t('activity.status')}</Table.Th>
          <Table.Th>{t('activity.attended')}</Table.Th>
          <Table.Th>{t('activity.completion')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(({ enrollment, group, program, completion, first, last }) => (
          <Table.Tr key={enrollment.id}>
            <Table.Td>{program?.title ?? '—'}</Table.Td>
            <Table.Td>{group?.name ?? '—'}</Table.Td>
            <Table.Td>
              {first
                ? first === last
                  ? formatDate(first)
                  : `${formatDate(first)} – ${formatDate(last)}`
                : '—'}
            </Table.Td>
            <Table.Td>{enumLabel('enrollmentStatus', enrollment.status)}</Table.Td>
            <Table.Td>
              {t('activity.attendedValue', { attended: completion.attended, total: completion.sessionCount })}
            </Table.Td>
            <Table.Td>
              {completion.completed ? (
                <Badge color="teal" variant="light">
                  {t('activity.completed', { date: formatDate(completion.completedOn) })}
                </Badge>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('activity.notCompleted', { required: completion.required })}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function CertificatesPanel({ participantId }: { participantId: Id }) {
  const { t } = useTranslation('participants');
  const certificates = useParticipantCertificates(participantId);
  if (!certificates) return null;
  if (certificates.length === 0) return <Text c="dimmed">{t('certificates.empty')}</Text>;
  return (
    <Table striped withTableBorder aria-label={t('certificates.label')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('certificates.number')}</Table.Th>
          <Table.Th>{t('certificates.program')}</Table.Th>
          <Table.Th>{t('certificates.issuedOn')}</Table.Th>
          <Table.Th>{t('certificates.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {[...certificates]
          .sort((a, b) => b.issuedOn.localeCompare(a.issuedOn))
          .map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>{c.number}</Table.Td>
              <Table.Td>{c.snapshot.programTitle}</Table.Td>
              <Table.Td>{formatDate(c.issuedOn)}</Table.Td>
              <Table.Td>{enumLabel('certificateStatus', c.status)}</Table.Td>
            </Table.Tr>
          ))}
      </Table.Tbody>
    </Table>
  );
}
