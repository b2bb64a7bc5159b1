import type { RuleError } from '@shared/errors';
import i18n from '../../i18n';
import { confirmDanger, notifyError, notifySaved } from '../../ui';
import { programsErrorMessage } from './in-use';

/**
 * Delete a record only when nothing refers to it; otherwise explain why and offer the archive instead.
 * Resolves to 'deleted', 'archived' or null (nothing changed); a failure is shown in a toast.
 */
export async function deleteOrArchive({
  name,
  refusal,
  archived,
  archive,
  remove,
  deleteTitle,
  deleteText,
  deleteLabel,
  archivedMessage,
  deletedMessage,
}: {
  /** How the record is named in the dialogs. */
  name: string;
  /** Why it cannot be deleted (what refers to it, from `shared/programs/references.ts`), or null when it can. */
  refusal: () => Promise<RuleError | null>;
  archived: boolean;
  archive: () => Promise<void>;
  remove: () => Promise<void>;
  deleteTitle: string;
  deleteText: string;
  deleteLabel: string;
  /** The toasts; by default «Отправлено в архив: <name>» and «Удалено: <name>». */
  archivedMessage?: string;
  deletedMessage?: string;
}): Promise<'deleted' | 'archived' | null> {
  const t = i18n.getFixedT(null, 'programs');
  try {
    const refused = await refusal();
    if (refused) {
      const reason = programsErrorMessage(refused);
      if (archived) {
        await confirmDanger({
          title: t('delete.refusedTitle'),
          message: reason,
          confirmLabel: t('delete.understood'),
          danger: false,
        });
        return null;
      }
      const ok = await confirmDanger({
        title: t('delete.refusedTitle'),
        message: reason,
        confirmLabel: t('archive.confirm'),
        danger: false,
      });
      if (!ok) return null;
      await archive();
      notifySaved(archivedMessage ?? t('toast.archivedName', { name }));
      return 'archived';
    }
    const ok = await confirmDanger({ title: deleteTitle, message: deleteText, confirmLabel: deleteLabel });
    if (!ok) return null;
    await remove();
    notifySaved(deletedMessage ?? t('toast.deletedName', { name }));
    return 'deleted';
  } catch (error) {
    notifyError(programsErrorMessage(error));
    return null;
  }
}
