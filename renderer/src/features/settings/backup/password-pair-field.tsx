import { Group, PasswordInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

const MIN_PASSWORD = 8;

export interface PasswordPairErrors {
  password?: string;
  repeat?: string;
}

/** A new password and its repetition: too short, or not the same twice, is said next to the field. */
export function checkPasswordPair(
  t: TFunction<'settings'>,
  password: string,
  repeat: string,
): PasswordPairErrors {
  if (password.length < MIN_PASSWORD) return { password: t('backup.create.passwordShort') };
  if (password !== repeat) return { repeat: t('backup.create.passwordMismatch') };
  return {};
}

/** The two password inputs of an encrypted backup, side by side. */
export function PasswordPairField({
  password,
  repeat,
  errors,
  onPassword,
  onRepeat,
  passwordLabel,
  repeatLabel,
}: {
  password: string;
  repeat: string;
  errors: PasswordPairErrors;
  onPassword: (value: string) => void;
  onRepeat: (value: string) => void;
  /** «Пароль» by default. */
  passwordLabel?: string;
  /** «Повторите пароль» by default. */
  repeatLabel?: string;
}) {
  const { t } = useTranslation('settings');
  return (
    <Group grow align="flex-start">
      <PasswordInput
        label={passwordLabel ?? t('backup.create.password')}
        value={password}
        onChange={(e) => onPassword(e.currentTarget.value)}
        error={errors.password}
        autoComplete="new-password"
        required
      />
      <PasswordInput
        label={repeatLabel ?? t('backup.create.passwordRepeat')}
        value={repeat}
        onChange={(e) => onRepeat(e.currentTarget.value)}
        error={errors.repeat}
        autoComplete="new-password"
        required
      />
    </Group>
  );
}
