import { Alert, Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFolderOpen } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@shared/dates';
import { setSetting } from '../../../db/repos/settings-repo';
import { platform } from '../../../platform';
import { errorMessage, notifyError } from '../../../ui';
import { useSetting } from '../use-setting';

/** «Автоматические копии»: the desktop app's daily copies, or (web) why there are none. */
export function AutoBackupCard() {
  const { t } = useTranslation('settings');
  const keep = useSetting('autoBackupKeep');
  const safetyDays = useSetting('safetyCopyDays');
  const last = useSetting('lastAutoBackupAt');
  const failure = useSetting('lastAutoBackupError');
  const openFolder = platform.openFolder;

  if (!platform.writeAutoBackup) {
    return (
      <Paper withBorder p="lg" component="section">
        <Title order={2} fz="lg" mb="xs">
          {t('backup.auto.webTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('backup.auto.webText')}
        </Text>
      </Paper>
    );
  }
  return (
    <Paper withBorder p="lg" component="section">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          {t('backup.auto.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('backup.auto.text')}
        </Text>
        {failure && (
          <Alert color="red" variant="light" role="alert">
            {t('errors.autoBackupFailed', { detail: failure })}
          </Alert>
        )}
        <Text size="sm">
          {last ? t('backup.auto.last', { when: formatDateTime(last) }) : t('backup.auto.lastNever')}
        </Text>
        <Group align="flex-end">
          {keep !== undefined && (
            <NumberInput
              label={t('backup.auto.keep')}
              min={1}
              max={365}
              w={200}
              clampBehavior="strict"
              allowDecimal={false}
              defaultValue={keep}
              onChange={(v) => {
                if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 365)
                  void setSetting('autoBackupKeep', v);
              }}
            />
          )}
          {safetyDays !== undefined && (
            <NumberInput
              label={t('backup.auto.safetyDays')}
              min={1}
              max={365}
              w={300}
              clampBehavior="strict"
              allowDecimal={false}
              defaultValue={safetyDays}
              onChange={(v) => {
                if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 365)
                  void setSetting('safetyCopyDays', v);
              }}
            />
          )}
          {openFolder && (
            <Button
              variant="default"
              leftSection={<IconFolderOpen size={18} />}
              onClick={() => void openFolder('backups').catch((e: unknown) => notifyError(errorMessage(e)))}
            >
              {t('backup.auto.openFolder')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
