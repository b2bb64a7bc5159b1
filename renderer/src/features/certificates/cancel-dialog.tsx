import { useState } from 'react';
import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Certificate } from '@shared/domain';
import { cancelCertificate } from '../../db/repos/certificate-repo';
import { DialogFooter, useAction } from '../../ui';

/** Cancelling a certificate: the reason is required (it goes to the audit log and to verification). */
export function CancelDialog({
  certificate,
  opened,
  onClose,
}: {
  certificate: Certificate;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('certificates');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const action = useAction();

  async function submit() {
    if (!reason.trim()) {
      setError(t('cancel.reasonRequired'));
      return;
    }
    const done = await action.run(() => cancelCertificate(certificate.id, reason).then(() => true), {
      success: t('cancel.done', { number: certificate.number }),
    });
    if (!done) return;
    setReason('');
    onClose();
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
        </Stack>
        <DialogFooter
          onCancel={onClose}
          submitType="submit"
          submitLabel={t('cancel.confirm')}
          busy={action.busy}
          danger
        />
      </form>
    </Modal>
  );
}
