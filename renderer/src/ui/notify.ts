import { notifications } from '@mantine/notifications';
import { describeError, isCancelled, isRuleError, parseCodedMessage } from '@shared/errors';
import i18n from '../i18n';

/** A quiet confirmation that something was stored. */
export function notifySaved(message?: string): void {
  notifications.show({ message: message ?? i18n.t('toast.saved'), color: 'teal', autoClose: 2500 });
}

/** An error toast: what went wrong and, where possible, what to do. Stays until closed. */
export function notifyError(message: string, title?: string): void {
  notifications.show({ title: title ?? i18n.t('toast.error'), message, color: 'red', autoClose: false });
}

/**
 * The edge of the error model (`shared/errors.ts`): a rule error's code becomes words in the interface's
 * language, from the namespace its area names (`schedule.groupNotFound` → `errors.groupNotFound` in
 * `features/schedule/locales`). Anything else is unexpected and says so with its technical detail.
 */
export function errorMessage(error: unknown): string {
  if (isRuleError(error)) {
    const dot = error.code.indexOf('.');
    const ns = error.code.slice(0, dot);
    const key = `errors.${error.code.slice(dot + 1)}`;
    if (i18n.exists(key, { ns })) return i18n.t(key, { ns, ...error.params });
    return i18n.t('errors.missingText', { ns: 'common', code: error.code });
  }
  if (isCancelled(error)) return i18n.t('errors.cancelled', { ns: 'common' });
  return i18n.t('errors.unexpected', { ns: 'common', detail: describeError(error) });
}

/**
 * Zod messages in `shared/` schemas are codes too (`'participants.gradeRange'`, or with parameters
 * `codedMessage('common.tooLong', { max: 100 })`): a form turns the message it gets into words with this. A
 * message that is not a code is shown as it is.
 */
export function fieldErrorText(message: string | undefined): string | undefined {
  if (!message) return undefined;
  const coded = parseCodedMessage(message);
  if (!coded) return message;
  const dot = coded.code.indexOf('.');
  const ns = coded.code.slice(0, dot);
  const key = `errors.${coded.code.slice(dot + 1)}`;
  return i18n.exists(key, { ns }) ? i18n.t(key, { ns, ...coded.params }) : message;
}
