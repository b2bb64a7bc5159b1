import { Alert, Button, Group, Text } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { todayIso } from '@shared/dates';
import { reminderMonth } from '@shared/participants/retention';
import { setSetting } from '../../../db/repos/settings-repo';
import { useSetting } from '../use-setting';
import { usePastRetentionTerm } from './use-retention';

export const RETENTION_ROUTE = '/settings/retention';

/**
 * «Главная»'s monthly reminder: shown while someone is past the retention term, until the administrator
 * dismisses it for the current month.
 */
export function RetentionReminder() {
  const { t } = useTranslation('settings');
  const navigate = useNavigate();
  const today = todayIso();
  const dismissed = useSetting('retentionReminderDismissed');
  const past = usePastRetentionTerm(today);
  if (dismissed === undefined || past === undefined || past.length === 0) return null;
  if (dismissed === reminderMonth(today)) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconClockExclamation size={18} />}
      title={t('retention.reminderTitle')}
      role="region"
      aria-label={t('retention.reminderTitle')}
    >
      <Text size="sm" mb="xs">
        {t('retention.reminderText', { count: past.length })}
      </Text>
      <Group gap="xs">
        <Button size="xs" variant="light" color="orange" onClick={() => void navigate(RETENTION_ROUTE)}>
          {t('retention.reminderOpen')}
        </Button>
        <Button
          size="xs"
          variant="subtle"
          color="gray"
          onClick={() => void setSetting('retentionReminderDismissed', reminderMonth(today))}
        >
          {t('retention.reminderDismiss')}
        </Button>
      </Group>
    </Alert>
  );
}
