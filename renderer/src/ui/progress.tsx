import { Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@shared/text/collation';

export interface ProgressState {
  label: string;
  done: number;
  total: number;
}

/**
 * Progress of long work (import, report, batch PDF, backup) with counts; «Прервать» only where stopping is
 * safe (the caller passes onCancel then).
 */
export function ProgressDialog({
  state,
  onCancel,
  title,
}: {
  state: ProgressState | null;
  onCancel?: () => void;
  title: string;
}) {
  const { t } = useTranslation();
  const percent = state && state.total > 0 ? Math.min(100, Math.round((state.done / state.total) * 100)) : 0;
  return (
    <Modal
      opened={state !== null}
      onClose={() => onCancel?.()}
      title={title}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={!!onCancel}
      centered
    >
      {state && (
        <Stack gap="sm">
          <Text size="sm">{state.label}</Text>
          <Progress value={percent} aria-label={title} animated={percent < 100} size="lg" />
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('progress.count', { done: formatNumber(state.done), total: formatNumber(state.total) })}
          </Text>
          {onCancel && (
            <Group justify="flex-end">
              <Button variant="default" onClick={onCancel}>
                {t('progress.cancel')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Modal>
  );
}
