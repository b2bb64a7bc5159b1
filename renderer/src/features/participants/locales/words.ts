import { isRuleError } from '@shared/errors';
import ru from './ru.json';

/**
 * For tests of the data layer and the import: the Russian words a participants error code turns into, as the
 * interface would show them (interpolation and Russian plurals as i18next does them), so a test can still
 * check what a person reads.
 */
export function ruWords(error: unknown): string {
  if (!isRuleError(error)) throw error;
  const [area, key] = error.code.split('.') as [string, string];
  if (area !== 'participants') throw new Error(`not a participants code: ${error.code}`);
  const words = ru.errors as Record<string, string>;
  const count = error.params.count;
  const form = typeof count === 'number' ? `${key}_${new Intl.PluralRules('ru').select(count)}` : key;
  const text = words[form] ?? words[key];
  if (text === undefined) throw new Error(`no words for ${error.code}`);
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(error.params[name] ?? ''));
}

/** The error a promise was rejected with (fails when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}
