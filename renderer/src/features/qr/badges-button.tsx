import { Button } from '@mantine/core';
import { IconId } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Id } from '@shared/domain';
import { notifySaved, useAction } from '../../ui';
import { saveBadges } from './badges-export';

/** «Бейджи с QR-кодами»: the group's badges as a PDF to print and cut. */
export function BadgesButton({ groupId, groupName }: { groupId: Id; groupName: string }) {
  const { t } = useTranslation('qr');
  const { busy, run } = useAction();
  return (
    <Button
      variant="default"
      leftSection={<IconId size={16} />}
      loading={busy}
      onClick={async () => {
        if (await run(() => saveBadges({ groupId }, groupName))) notifySaved(t('badges.saved'));
      }}
    >
      {t('badges.button')}
    </Button>
  );
}
