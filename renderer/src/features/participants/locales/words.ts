import { wordsOf } from '../../../i18n/test-words';

/**
 * For tests of the data layer and the import: the Russian words a participants error code turns into, as the
 * interface would show them, so a test can still check what a person reads.
 */
export function ruWords(error: unknown): string {
  return wordsOf(error);
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
