import { useState } from 'react';
import { Alert, Anchor, Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { IconBan, IconDownload, IconRefresh } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { FORMAT_LABELS, LEVEL_LABELS, type Certificate } from '@shared/domain';
import { formatDate } from '@shared/dates';
import { academicHoursLabel } from '@shared/certificates';
import { db } from '../../db';
import { cancelCertificate, reissueCertificate } from '../../db/repos/certificate-repo';
import { confirmDanger, EmptyState, errorMessage, notifyError, notifySaved, PageHeader } from '../../ui';
import { CertificateStatusBadge, usePdfDownload } from './certificate-ui';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
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

function CancelDialog({
  certificate,
  opened,
  onClose,
}: {
  certificate: Certificate;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('certificates');
  const { t: tc } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit() {
    if (!reason.trim()) {
      setError(t('cancel.reasonRequired'));
      return;
    }
    setSaving(true);
    try {
      await cancelCertificate(certificate.id, reason);
      notifySaved(t('cancel.done', { number: certificate.number }));
      setReason('');
      onClose();
    } catch (e) {
      notifyError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('cancel.title', { number: certificate.number })}
      centered
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Text size="sm">{t('cancel.text')}</Text>
          <Textarea
            label={t('cancel.reason')}
            withAsterisk
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setError(null);
            }}
            error={error}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {tc('actions.cancel')}
            </Button>
            <Button color="red" type="submit" loading={saving}>
              {t('cancel.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function CertificatePage() {
  const { t } = useTranslation('certificates');
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const data = useLiveQuery(async () => {
    const certificate = await db.certificates.get(id);
    if (!certificate) return null;
    const [replacedBy, replaces] = await Promise.all([
      certificate.replacedById ? db.certificates.get(certificate.replacedById) : undefined,
      certificate.replacesId ? db.certificates.get(certificate.replacesId) : undefined,
    ]);
    return { certificate, replacedBy, replaces };
  }, [id]);
  const [cancelOpen, setCancelOpen] = useState(false);
  const pdf = usePdfDownload();

  if (data === undefined) return null;
  const crumbs = [{ label: t('title'), to: '/certificates' }];
  if (data === null) {
    return (
      <>
        <PageHeader title={t('details.notFound')} breadcrumbs={crumbs} />
        <EmptyState title={t('details.notFound')} />
      </>
    );
  }
  const { certificate: c, replacedBy, replaces } = data;
  const s = c.snapshot;

  async function reissue() {
    const ok = await confirmDanger({
      title: t('reissue.title', { number: c.number }),
      message: c.status === 'cancelled' ? t('reissue.textCancelled') : t('reissue.text'),
      confirmLabel: t('reissue.confirm'),
      danger: false,
    });
    if (!ok) return;
    try {
      const replacement = await reissueCertificate(c.id);
      notifySaved(t('reissue.done', { number: replacement.number }));
      navigate(`/certificates/${replacement.id}`);
    } catch (e) {
      notifyError(errorMessage(e));
    }
  }

  return (
    <>
      <PageHeader
        title={t('details.title', { number: c.number })}
        breadcrumbs={[...crumbs, { label: `№ ${c.number}` }]}
        actions={
          <>
            {c.status === 'issued' && (
              <Button
                color="red"
                variant="light"
                leftSection={<IconBan size={16} />}
                onClick={() => setCancelOpen(true)}
              >
                {t('actions.cancel')}
              </Button>
            )}
            {!c.replacedById && c.status !== 'reissued' && (
              <Button
                variant="default"
                leftSection={<IconRefresh size={16} />}
                onClick={() => void reissue()}
              >
                {t('actions.reissue')}
              </Button>
            )}
            <Button
              leftSection={<IconDownload size={16} />}
              onClick={() => void pdf.download([c])}
              loading={pdf.busy}
            >
              {t('actions.downloadPdf')}
            </Button>
          </>
        }
      />
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
              {replacedBy && (
                <Text size="sm">
                  {t('details.replacedBy')}{' '}
                  <Anchor component={Link} to={`/certificates/${replacedBy.id}`}>
                    № {replacedBy.number}
                  </Anchor>
                </Text>
              )}
              {replaces && (
                <Text size="sm">
                  {t('details.replaces')}{' '}
                  <Anchor component={Link} to={`/certificates/${replaces.id}`}>
                    № {replaces.number}
                  </Anchor>
                </Text>
              )}
            </Group>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
            <Field label={t('details.fio')}>{s.fio}</Field>
            <Field label={t('details.school')}>{s.schoolName}</Field>
            <Field label={t('details.grade')}>{s.grade}</Field>
            <Field label={t('details.program')}>{s.programTitle}</Field>
            <Field label={t('details.profession')}>{s.profession}</Field>
            <Field label={t('details.level')}>{LEVEL_LABELS[s.level]}</Field>
            <Field label={t('details.format')}>{FORMAT_LABELS[s.format]}</Field>
            <Field label={t('details.duration')}>{academicHoursLabel(s.durationMinutes)}</Field>
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
      <CancelDialog certificate={c} opened={cancelOpen} onClose={() => setCancelOpen(false)} />
      {pdf.dialog}
    </>
  );
}
