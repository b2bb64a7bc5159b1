import { useState, type FormEvent } from 'react';
import { Button, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { manualBackupName } from '@shared/backup/file-names';
import { isCancelled } from '@shared/errors';
import { createBackup } from '../../../db/backup';
import { setSetting } from '../../../db/repos/settings-repo';
import { platform } from '../../../platform';
import { notifySaved, useAction } from '../../../ui';
import { backupFilters, progressUpdater, type ProgressControls } from './backup-progress';
import { checkPasswordPair, PasswordPairField, type PasswordPairErrors } from './password-pair-field';

/** «Создать резервную копию»: the whole database into one file, optionally encrypted with a password. */
export function CreateBackupCard({ setProgress, setTitle, cancellable }: ProgressControls) {
  const { t } = useTranslation('settings');
  const [encrypt, setEncrypt] = useState(false);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<PasswordPairErrors>({});
  const { busy, run } = useAction();

  async function makeAndSave() {
    setTitle(t('backup.create.progressTitle'));
    setProgress(() => ({ label: t('backup.progress.readStart'), done: 0, total: 0 }));
    const stop = cancellable();
    try {
      const now = new Date();
      const { file, createdAt } = await createBackup({
        appVersion: await platform.appVersion(),
        password: encrypt ? password : undefined,
        onProgress: progressUpdater(t, setProgress),
        now,
        signal: stop.signal,
      });
      stop.done();
      setProgress(() => null);
      const name = manualBackupName(now);
      const megabytes = (bytes: number) => Math.ceil(bytes / (1024 * 1024));
      const saved = await platform.saveFile({
        suggestedName: name,
        data: file,
        mimeType: 'application/octet-stream',
        filters: backupFilters(t),
        // The desktop app hands a big copy to the disk in parts: the dialog counts the megabytes.
        onProgress: (written, total) =>
          setProgress(() => ({
            label: t('backup.progress.save'),
            done: megabytes(written),
            total: megabytes(total),
          })),
      });
      if (!saved) {
        notifySaved(t('backup.create.cancelled'));
        return;
      }
      await setSetting('lastBackupAt', createdAt);
      setPassword('');
      setRepeat('');
      notifySaved(t('backup.create.saved', { name }));
    } catch (error) {
      // «Прервать» is said, not passed over: the person waits for an answer to the button they pressed.
      if (isCancelled(error)) notifySaved(t('backup.create.stopped'));
      else throw error;
    } finally {
      stop.done();
      setProgress(() => null);
    }
  }

  function save(event: FormEvent) {
    event.preventDefault();
    if (encrypt) {
      const next = checkPasswordPair(t, password, repeat);
      setErrors(next);
      if (next.password || next.repeat) return;
    }
    void run(makeAndSave);
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="backup-create-title">
      <form onSubmit={save} noValidate>
        <Stack gap="sm">
          <Title order={2} fz="lg" id="backup-create-title">
            {t('backup.create.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('backup.create.text')}
          </Text>
          <Switch
            label={t('backup.create.encrypt')}
            description={encrypt ? t('backup.create.encryptHint') : undefined}
            checked={encrypt}
            onChange={(e) => setEncrypt(e.currentTarget.checked)}
          />
          {encrypt && (
            <PasswordPairField
              password={password}
              repeat={repeat}
              errors={errors}
              onPassword={setPassword}
              onRepeat={setRepeat}
            />
          )}
          <Group>
            <Button type="submit" leftSection={<IconDownload size={18} />} loading={busy}>
              {t('backup.create.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
