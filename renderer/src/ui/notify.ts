import { notifications } from '@mantine/notifications';
import i18n from '../i18n';

/** A quiet confirmation that something was stored. */
export function notifySaved(message?: string): void {
  notifications.show({ message: message ?? i18n.t('toast.saved'), color: 'teal', autoClose: 2500 });
}

/** An error toast: what went wrong and, where possible, what to do. Stays until closed. */
export function notifyError(message: string, title?: string): void {
  notifications.show({ title: title ?? i18n.t('toast.error'), message, color: 'red', autoClose: false });
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
