import { Button } from '@mantine/core';
import { IconId } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Id } from '@shared/domain';
import { notifySaved, useAction } from '../../ui';
import { saveBadges } from './badges-export';

/**
 * «Бейджи с QR-кодами»: the badges of a group's pupils, or of pupils chosen in the participant list, as a PDF to
 * print and cut. `what` names the file («Бейджи <what>.pdf»).
 */
export function BadgesButton({
  source,
  what,
  size,
}: {
  source: { groupId: Id } | { participantIds: readonly Id[] };
  what: string;
  size?: 'sm';
}) {
  const { t } = useTranslation('qr');
  const { busy, run } = useAction();
  return (
    <Button
      variant="default"
      size={size}
      leftSection={<IconId size={16} />}
      loading={busy}
      onClick={async () => {
        if (await run(() => saveBadges(source, what))) notifySaved(t('badges.saved'));
      }}
    >
      {t('badges.button')}
    </Button>
  );
}
