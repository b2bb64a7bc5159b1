import { Button, List, Stack, Text } from '@mantine/core';
import { IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Id } from '@shared/domain';
import { ANONYMIZE_PLAN } from '@shared/participants/anonymize';
import { anonymizeParticipant } from '../../../db/repos/participant-repo';
import { confirmDanger, useAction } from '../../../ui';

/** «Анонимизировать»: says what is erased and what is kept, then erases the personal data on request. */
export function AnonymizeButton({
  participantId,
  title,
  consentCount,
}: {
  participantId: Id;
  title: string;
  consentCount: number;
}) {
  const { t } = useTranslation('participants');
  const { busy, run } = useAction();

  async function onAnonymize() {
    const ok = await confirmDanger({
      title: t('anonymize.title'),
      message: (
        <Stack gap="xs">
          <Text size="sm">{t('anonymize.text', { fio: title })}</Text>
          <Text size="sm" fw={600}>
            {t('anonymize.erased')}
          </Text>
          <List size="sm">
            {ANONYMIZE_PLAN.erased.map((x) => (
              <List.Item key={x}>{t(`anonymize.plan.${x}`)}</List.Item>
            ))}
          </List>
          <Text size="sm" fw={600}>
            {t('anonymize.kept')}
          </Text>
          <List size="sm">
            {ANONYMIZE_PLAN.kept.map((x) => (
              <List.Item key={x}>{t(`anonymize.plan.${x}`)}</List.Item>
            ))}
          </List>
          <Text size="sm" c="red">
            {t('anonymize.irreversible', { count: consentCount })}
          </Text>
        </Stack>
      ),
      confirmLabel: t('anonymize.confirm'),
    });
    if (!ok) return;
    await run(() => anonymizeParticipant(participantId), { success: t('anonymize.done') });
  }

  return (
    <Button
      color="red"
      variant="outline"
      leftSection={<IconUserOff size={16} />}
      onClick={() => void onAnonymize()}
      loading={busy}
    >
      {t('anonymize.action')}
    </Button>
  );
}
