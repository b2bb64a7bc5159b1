import i18n from '../../i18n';
import { appSync } from '../../sync/app-sync';
import { confirmDanger } from '../../ui';

/**
 * Before a restore: while sync is on, asks whether to send the restored data to the venue's server or to leave
 * sync off on this PC, and returns the runner that performs the restore with sync paused (its clears must never
 * replicate as deletions). Closing the dialog leaves sync off, the choice that changes nothing elsewhere.
 */
export async function askRestoreSync(): Promise<(replace: () => Promise<void>) => Promise<void>> {
  if (!(await appSync.isEnabled())) return (replace) => replace();
  const push = await confirmDanger({
    title: i18n.t('sync:restore.title'),
    message: i18n.t('sync:restore.text'),
    confirmLabel: i18n.t('sync:restore.push'),
    cancelLabel: i18n.t('sync:restore.off'),
    danger: false,
  });
  return (replace) => appSync.aroundRestore(replace, push ? 'push' : 'off');
}
