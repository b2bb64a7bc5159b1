import type { TFunction } from 'i18next';
import type { Conflict } from '@shared/schedule';

/** A conflict's explanation in the interface's language (its code's words in this feature's locale). */
export function conflictText(conflict: Conflict, t: TFunction<'schedule'>): string {
  const key = conflict.code.slice(conflict.code.indexOf('.') + 1);
  return t(`errors.${key}`, conflict.params);
}
