import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@shared/dates';
import type { UndoBlockers } from '@shared/import/undo';
import { undoImport } from '../../../db/repos/import-undo';
import { confirmDanger, errorMessage, notifyError, notifySaved, useAction } from '../../../ui';
import { useImportUndoStatus } from '../use-import-undo';

const BLOCKER_KEYS = ['enrolled', 'marked', 'certified', 'consents', 'changed'] as const;

/** «записаны в группы — 2, есть отметки — 1»: what blocks the undo, only the non-zero counts. */
export function useBlockerWords() {
  const { t } = useTranslation('participants');
  return (b: UndoBlockers) =>
    BLOCKER_KEYS.filter((k) => b[k] > 0)
      .map((k) => t(`undo.blocker.${k}`, { count: b[k] }))
      .join(', ');
}

/**
 * «Отменить этот импорт»: shown on the import's summary and in the action journal. While nothing depends on the
 * import's pupils it removes what the import added and restores what it updated; afterwards it says what blocks
 * it.
 */
export function UndoImport({
  importId,
  fileName,
  compact = false,
}: {
  importId: string;
  fileName: string;
  /** One line for a table row (the action journal): a small button, or the reason in small text. */
  compact?: boolean;
}) {
  const { t } = useTranslation('participants');
  const status = useImportUndoStatus(importId);
  const blockerWords = useBlockerWords();
  const { busy, run } = useAction();
  if (!status || status.state === 'gone') return null;

  const onUndo = async () => {
    const sure = await confirmDanger({
      title: t('undo.confirmTitle'),
      message: t('undo.confirmText', { name: fileName }),
      confirmLabel: t('undo.confirm'),
    });
    if (!sure) return;
    const done = await run(() => undoImport(importId), {
      onError: (error) => notifyError(errorMessage(error), t('undo.failed')),
    });
    if (done) notifySaved(t('undo.done', { removed: done.removed, restored: done.restored }));
  };

  if (compact) {
    if (status.state === 'available')
      return (
        <Button size="compact-xs" variant="default" loading={busy} onClick={() => void onUndo()}>
          {t('undo.action')}
        </Button>
      );
    const words =
      status.state === 'undone'
        ? t('undo.undoneAt', { at: formatDateTime(status.at) })
        : t('undo.blocked', { reasons: blockerWords(status.blockers) });
    return (
      <Text span size="xs" c="dimmed" title={words} lineClamp={1}>
        {words}
      </Text>
    );
  }
  if (status.state === 'undone')
    return (
      <Alert color="gray" title={t('undo.undoneTitle')}>
        {t('undo.undoneAt', { at: formatDateTime(status.at) })}
      </Alert>
    );
  return (
    <Stack gap={4}>
      <Group>
        <Button
          variant="default"
          color="red"
          leftSection={<IconArrowBackUp size={16} />}
          disabled={status.state === 'blocked'}
          loading={busy}
          onClick={() => void onUndo()}
        >
          {t('undo.action')}
        </Button>
      </Group>
      <Text size="sm" c={status.state === 'blocked' ? 'orange.8' : 'dimmed'}>
        {status.state === 'blocked'
          ? t('undo.blocked', { reasons: blockerWords(status.blockers) })
          : t('undo.available')}
      </Text>
    </Stack>
  );
}
