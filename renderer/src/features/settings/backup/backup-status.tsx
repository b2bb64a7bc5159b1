import { Alert, Button, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDateTime } from '@shared/dates';
import { platform } from '../../../platform';
import { useSetting } from '../use-setting';
import { useDatabaseEmpty } from '../use-venue';
import { isBackupOverdue } from './overdue';
import { BACKUP_ROUTE } from './pending-backup-file';

export { isBackupOverdue };

function useLastBackupAt(): string | null | undefined {
  return useSetting('lastBackupAt');
}

/** «Последняя резервная копия: ДД.ММ.ГГГГ ЧЧ:ММ» — shown on every tab of Настройки. */
export function LastBackupLine() {
  const { t } = useTranslation('settings');
  const last = useLastBackupAt();
  if (last === undefined) return null;
  return (
    <Text size="sm" c="dimmed">
      {last ? t('lastBackup.label', { when: formatDateTime(last) }) : t('lastBackup.never')}
    </Text>
  );
}

/**
 * The web app's reminder (it cannot save automatic backups): shown when the database holds data and the last
 * backup is older than 7 days or was never made. Renders nothing in the desktop app. Can be mounted anywhere
 * (e.g. on Главная); the button leads to Настройки › Резервные копии.
 */
export function BackupReminder({ withAction = true }: { withAction?: boolean }) {
  const { t } = useTranslation('settings');
  const navigate = useNavigate();
  const last = useLastBackupAt();
  const empty = useDatabaseEmpty();
  if (platform.writeAutoBackup || last === undefined || empty !== false || !isBackupOverdue(last))
    return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={t('reminder.title')}
      mb="md"
      maw={1100}
    >
      <Text size="sm" mb={withAction ? 'xs' : 0}>
        {last ? t('reminder.textOld', { when: formatDateTime(last) }) : t('reminder.textNever')}
      </Text>
      {withAction && (
        <Button size="xs" variant="light" color="orange" onClick={() => void navigate(BACKUP_ROUTE)}>
          {t('reminder.action')}
        </Button>
      )}
    </Alert>
  );
}
