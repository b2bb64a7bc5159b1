import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MIN_VENUE_PASSWORD_LENGTH, setVenueBackupPassword } from '../../../db/backup';
import { platform } from '../../../platform';
import { notifySaved, useAction } from '../../../ui';
import { useSetting } from '../use-setting';
import { PasswordPairField, type PasswordPairErrors } from './password-pair-field';

/**
 * «Пароль резервных копий площадки»: set once (first run or here). Every copy the app writes by itself is
 * encrypted with it (and, in the desktop app, also with this PC's key), so a copy restores on another PC.
 */
export function VenuePasswordCard() {
  const { t } = useTranslation('settings');
  const stored = useSetting('backupPasswordKey');
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<PasswordPairErrors>({});
  const { busy, run } = useAction();
  const isSet = Boolean(stored);

  function save(event: FormEvent) {
    event.preventDefault();
    const next: PasswordPairErrors =
      password.length < MIN_VENUE_PASSWORD_LENGTH
        ? { password: t('backup.venuePassword.short', { min: MIN_VENUE_PASSWORD_LENGTH }) }
        : password !== repeat
          ? { repeat: t('backup.create.passwordMismatch') }
          : {};
    setErrors(next);
    if (next.password || next.repeat) return;
    void run(async () => {
      await setVenueBackupPassword(password, { platform, current: isSet ? current : undefined });
      setCurrent('');
      setPassword('');
      setRepeat('');
      notifySaved(t('backup.venuePassword.saved'));
    });
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="venue-password-title">
      <form onSubmit={save} noValidate>
        <Stack gap="sm">
          <Title order={2} fz="lg" id="venue-password-title">
            {t('backup.venuePassword.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {platform.protectKey ? t('backup.venuePassword.text') : t('backup.venuePassword.webText')}
          </Text>
          {stored !== undefined &&
            (isSet ? (
              <Text size="sm">{t('backup.venuePassword.isSet')}</Text>
            ) : (
              <Alert color="orange" variant="light">
                {t('backup.venuePassword.notSet')}
              </Alert>
            ))}
          {isSet && (
            <PasswordInput
              label={t('backup.venuePassword.current')}
              value={current}
              onChange={(e) => setCurrent(e.currentTarget.value)}
              autoComplete="current-password"
              w={{ base: '100%', sm: '50%' }}
            />
          )}
          <PasswordPairField
            password={password}
            repeat={repeat}
            errors={errors}
            onPassword={setPassword}
            onRepeat={setRepeat}
            passwordLabel={t('backup.venuePassword.new')}
            repeatLabel={t('backup.venuePassword.repeat')}
          />
          <Group>
            <Button type="submit" leftSection={<IconKey size={18} />} loading={busy}>
              {isSet ? t('backup.venuePassword.change') : t('backup.venuePassword.set')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
