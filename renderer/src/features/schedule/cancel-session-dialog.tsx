import { useState } from 'react';
import { Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Id } from '@shared/domain';
import { cancelSession } from '../../db/repos/session-repo';
import { DialogFooter, useAction } from '../../ui';

/** Cancels a session with a reason: it stays in the schedule, struck through. */
export function CancelSessionDialog({
  opened,
  onClose,
  sessionId,
  title,
  groupName,
}: {
  opened: boolean;
  onClose: () => void;
  sessionId: Id;
  title: string;
  groupName: string;
}) {
  const { t } = useTranslation('schedule');
  const [reason, setReason] = useState('');
  const { busy, run } = useAction();

  async function cancel() {
    const done = await run(
      async () => {
        await cancelSession(sessionId, reason);
        return true;
      },
      { success: t('session.cancelledToast') },
    );
    if (done) {
      setReason('');
      onClose();
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('session.cancelTitle')} centered>
      <Stack gap="sm">
        <Text size="sm">{t('session.cancelText', { title, group: groupName })}</Text>
        <Textarea
          label={t('session.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <DialogFooter
          onCancel={onClose}
          cancelLabel={t('session.keep')}
          onSubmit={() => void cancel()}
          submitLabel={t('session.cancel')}
          busy={busy}
          danger
        />
      </Stack>
    </Modal>
  );
}
