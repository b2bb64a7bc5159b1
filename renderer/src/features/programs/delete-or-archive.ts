import i18n from '../../i18n';
import { confirmDanger, errorMessage, notifyError, notifySaved } from '../../ui';

/**
 * Delete a record only when nothing refers to it; otherwise explain why and offer the archive instead.
 * Resolves to 'deleted', 'archived' or null (nothing changed).
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
}: {
  /** How the record is named in the dialogs. */
  name: string;
  /** Why it cannot be deleted (it is referenced), or null when it can. */
  refusal: () => Promise<string | null>;
  archived: boolean;
  archive: () => Promise<void>;
  remove: () => Promise<void>;
  deleteTitle: string;
  deleteText: string;
  deleteLabel: string;
}): Promise<'deleted' | 'archived' | null> {
  const t = i18n.getFixedT(null, 'programs');
  try {
    const reason = await refusal();
    if (reason) {
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
      notifySaved(t('toast.archivedName', { name }));
      return 'archived';
    }
    const ok = await confirmDanger({ title: deleteTitle, message: deleteText, confirmLabel: deleteLabel });
    if (!ok) return null;
    await remove();
    notifySaved(t('toast.deletedName', { name }));
    return 'deleted';
  } catch (error) {
    notifyError(errorMessage(error));
    return null;
  }
}
