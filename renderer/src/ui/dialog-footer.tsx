import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The buttons at the bottom of every dialog: «Отмена» on the left of the one primary action. */
export function DialogFooter({
  onCancel,
  onSubmit,
  submitLabel,
  cancelLabel,
  busy = false,
  disabled = false,
  danger = false,
  submitType = 'button',
}: {
  onCancel: () => void;
  /** Omit with `submitType="submit"` inside a form. */
  onSubmit?: () => void;
  submitLabel: string;
  cancelLabel?: string;
  busy?: boolean;
  disabled?: boolean;
  danger?: boolean;
  submitType?: 'button' | 'submit';
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" mt="md">
      <Button variant="default" onClick={onCancel} disabled={busy}>
        {cancelLabel ?? t('actions.cancel')}
      </Button>
      <Button
        type={submitType}
        color={danger ? 'red' : undefined}
        loading={busy}
        disabled={disabled}
        onClick={onSubmit}
      >
        {submitLabel}
      </Button>
    </Group>
  );
}
