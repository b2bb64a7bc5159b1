import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconCertificate } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Preview } from './certificate-preview';
import { usePrintSettings } from './use-certificates';

/**
 * The question before numbers are taken: certificate numbers are permanent (a wrong one can only be annulled),
 * so issuing shows how many will be issued, what a page looks like in the venue's design, and asks.
 */
export function IssueConfirm({
  count,
  opened,
  busy,
  onConfirm,
  onClose,
}: {
  count: number;
  opened: boolean;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('certificates');
  const settings = usePrintSettings();
  return (
    <Modal opened={opened} onClose={onClose} title={t('issue.confirmTitle', { count })} size="lg" centered>
      <Stack gap="sm">
        <Text size="sm">{t('issue.confirmText', { count })}</Text>
        {settings && (
          <Stack gap={4} align="center" aria-label={t('issue.samplePage')} role="figure">
            <Text size="xs" c="dimmed">
              {t('issue.samplePage')}
            </Text>
            <Preview design={settings.design} venueName={settings.venue?.fullName ?? ''} />
          </Stack>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('issue.confirmCancel')}
          </Button>
          <Button leftSection={<IconCertificate size={16} />} loading={busy} onClick={onConfirm}>
            {t('issue.confirm', { count })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
