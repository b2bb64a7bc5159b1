import type { ReactNode } from 'react';
import { Alert, Anchor, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { academicHours } from '@shared/domain';
import { formatDate } from '@shared/dates';
import { formatNumber } from '@shared/text/collation';
import type { CertificateView } from '../../db/queries/certificates';
import { enumLabel } from '../../ui';
import { CertificateStatusBadge } from './certificate-ui';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children || '—'}
      </Text>
    </Stack>
  );
}

function CertificateLink({ label, to }: { label: string; to: { id: string; number: string } }) {
  return (
    <Text size="sm">
      {label}{' '}
      <Anchor component={Link} to={`/certificates/${to.id}`}>
        № {to.number}
      </Anchor>
    </Text>
  );
}

/** What a certificate says (its snapshot at issue), its status and the certificates it is linked to. */
export function CertificateDetails({ view }: { view: CertificateView }) {
  const { t } = useTranslation('certificates');
  const { certificate: c, replacedBy, replaces } = view;
  const s = c.snapshot;
  return (
    <Paper withBorder p="lg" maw={960}>
      <Stack>
        <Group gap="sm">
          <CertificateStatusBadge status={c.status} />
          <Text size="sm" c="dimmed">
            {t('details.issuedOn')}: {formatDate(c.issuedOn)}
          </Text>
        </Group>
        {c.status === 'cancelled' && (
          <Alert color="red" title={t('details.reason')}>
            {c.cancelReason}
          </Alert>
        )}
        {(replacedBy || replaces) && (
          <Group gap="xl">
            {replacedBy && <CertificateLink label={t('details.replacedBy')} to={replacedBy} />}
            {replaces && <CertificateLink label={t('details.replaces')} to={replaces} />}
          </Group>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
          <Field label={t('details.fio')}>{s.fio}</Field>
          <Field label={t('details.school')}>{s.schoolName}</Field>
          <Field label={t('details.grade')}>{s.grade}</Field>
          <Field label={t('details.program')}>{s.programTitle}</Field>
          <Field label={t('details.profession')}>{s.profession}</Field>
          <Field label={t('details.level')}>{enumLabel('level', s.level)}</Field>
          <Field label={t('details.format')}>{enumLabel('format', s.format)}</Field>
          <Field label={t('details.duration')}>
            {t('details.hours', { hours: formatNumber(academicHours(s.durationMinutes)) })}
          </Field>
          <Field label={t('details.completedOn')}>{formatDate(s.completionDate)}</Field>
          <Field label={t('details.mentor')}>{s.mentorName}</Field>
          <Field label={t('details.code')}>
            <Text size="sm" ff="monospace">
              {c.verificationCode}
            </Text>
          </Field>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
