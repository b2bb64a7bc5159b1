import type { FormEvent } from 'react';
import { Alert, Button, Group, Modal, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DialogFooter } from '../../../ui';
import type { ProgressControls } from './backup-progress';
import { useRestore } from './use-restore';

/** «Восстановить из резервной копии»: choose a file (or take one opened in Explorer) and restore it. */
export function RestoreCard(controls: ProgressControls) {
  const { t } = useTranslation('settings');
  const restore = useRestore(controls);
  const { busy, failure, passwordFor, password, passwordError } = restore;

  function submitPassword(event: FormEvent) {
    event.preventDefault();
    restore.submitPassword();
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="backup-restore-title">
      <Stack gap="sm">
        <Title order={2} fz="lg" id="backup-restore-title">
          {t('backup.restore.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('backup.restore.text')}
        </Text>
        {failure && (
          <Alert
            color="red"
            variant="light"
            title={t('backup.restore.failed', { name: failure.name })}
            role="alert"
          >
            {failure.message}
          </Alert>
        )}
        <Group>
          <Button
            variant="default"
            leftSection={<IconUpload size={18} />}
            onClick={() => void restore.chooseFile()}
            loading={busy && !passwordFor}
          >
            {t('backup.restore.choose')}
          </Button>
        </Group>
      </Stack>
      <Modal
        opened={passwordFor !== null}
        onClose={restore.closePassword}
        title={t('backup.restore.passwordTitle')}
        centered
      >
        <form onSubmit={submitPassword} noValidate>
          <Stack gap="sm">
            <Text size="sm">{t('backup.restore.passwordText', { name: passwordFor?.fileName ?? '' })}</Text>
            <PasswordInput
              label={t('backup.restore.passwordLabel')}
              value={password}
              onChange={(e) => restore.setPassword(e.currentTarget.value)}
              error={passwordError}
              autoComplete="current-password"
              data-autofocus
            />
            <DialogFooter
              onCancel={restore.closePassword}
              submitType="submit"
              submitLabel={t('backup.restore.decrypt')}
              busy={busy}
            />
          </Stack>
        </form>
      </Modal>
    </Paper>
  );
}
