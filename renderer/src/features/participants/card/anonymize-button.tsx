import { Button, List, Stack, Text } from '@mantine/core';
import { IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Id } from '@shared/domain';
import { ANONYMIZE_PLAN } from '@shared/participants/anonymize';
import { CERTIFICATE_FULL_NAME_YEARS } from '@shared/participants/register-retention';
import { anonymizeParticipant } from '../../../db/repos/participant-repo';
import { runAutomaticBackup } from '../../../db/backup';
import { platform } from '../../../platform';
import { confirmDanger, notifySaved, useAction } from '../../../ui';

interface AnonymizeTarget {
  participantId: Id;
  title: string;
  consentCount: number;
}

/**
 * The anonymisation dialog and its follow-up (purging the app's older copies), for the button and for the
 * withdrawal of the personal-data consent, which offers it at once.
 */
export function useAnonymize({ participantId, title, consentCount }: AnonymizeTarget) {
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
          <Text size="sm">{t('anonymize.notes')}</Text>
          <Text size="sm">{t('anonymize.register', { years: CERTIFICATE_FULL_NAME_YEARS })}</Text>
          <Text size="sm" c="red">
            {t('anonymize.irreversible', { count: consentCount })}
          </Text>
        </Stack>
      ),
      confirmLabel: t('anonymize.confirm'),
    });
    if (!ok) return;
    await run(() => anonymizeParticipant(participantId), { success: t('anonymize.done') });
    await offerPurge();
  }

  /** The app's own older copies still hold the erased data: offer to delete them and write a fresh one. */
  async function offerPurge() {
    const purge = platform.purgeBackups;
    if (!purge) return;
    const before = new Date();
    const yes = await confirmDanger({
      title: t('anonymize.purgeTitle'),
      message: <Text size="sm">{t('anonymize.purgeText')}</Text>,
      confirmLabel: t('anonymize.purgeConfirm'),
    });
    if (!yes) return;
    await run(async () => {
      const count = await purge(before);
      await runAutomaticBackup({ platform, onQuit: true });
      notifySaved(t('anonymize.purged', { count }));
    });
  }

  return { busy, onAnonymize };
}

/** «Анонимизировать»: says what is erased and what is kept, then erases the personal data on request. */
export function AnonymizeButton(target: AnonymizeTarget) {
  const { t } = useTranslation('participants');
  const { busy, onAnonymize } = useAnonymize(target);
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
