import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@shared/dates';
import type { MergeUndoBlockers } from '@shared/participants/merge-undo';
import { undoSchoolMerge } from '../../../db/repos/school-merge-undo';
import { confirmDanger, errorMessage, notifyError, notifySaved, useAction } from '../../../ui';
import { useMergeUndoStatus } from '../use-school-merge-undo';

/** «1 перенесённый участник изменён после объединения, …»: only what blocks. */
function useBlockerWords() {
  const { t } = useTranslation('participants');
  return (b: MergeUndoBlockers) =>
    [
      b.changed > 0 ? t('schools.undo.blocker.changed', { count: b.changed }) : null,
      b.schoolChanged > 0 ? t('schools.undo.blocker.schoolChanged') : null,
      b.nameTaken > 0 ? t('schools.undo.blocker.nameTaken') : null,
    ]
      .filter((w) => w !== null)
      .join(', ');
}

/**
 * «Отменить объединение» in a row of the action journal: while nothing was done on top of the merge it brings the
 * deleted school and its pupils back; afterwards it says what blocks it.
 */
export function UndoSchoolMerge({ mergeId, count }: { mergeId: string; count: number }) {
  const { t } = useTranslation('participants');
  const status = useMergeUndoStatus(mergeId);
  const blockerWords = useBlockerWords();
  const { busy, run } = useAction();
  if (!status || status.state === 'gone') return null;

  const onUndo = async () => {
    const sure = await confirmDanger({
      title: t('schools.undo.confirmTitle'),
      message: t('schools.undo.confirmText', { count }),
      confirmLabel: t('schools.undo.confirm'),
    });
    if (!sure) return;
    const moved = await run(() => undoSchoolMerge(mergeId), {
      onError: (error) => notifyError(errorMessage(error), t('schools.undo.failed')),
    });
    if (moved !== undefined) notifySaved(t('schools.undo.done', { count: moved }));
  };

  if (status.state === 'available')
    return (
      <Button size="compact-xs" variant="default" loading={busy} onClick={() => void onUndo()}>
        {t('schools.undo.action')}
      </Button>
    );
  const words =
    status.state === 'undone'
      ? t('schools.undo.undoneAt', { at: formatDateTime(status.at) })
      : t('schools.undo.blocked', { reasons: blockerWords(status.blockers) });
  return (
    <Text span size="xs" c="dimmed" title={words} lineClamp={1}>
      {words}
    </Text>
  );
}
