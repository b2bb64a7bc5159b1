import type { IsoDate } from '../domain/common';
import { fioKey, type FioParts } from '../text/fio';
import { normalizeKey } from '../text/normalize';

/** What the duplicate rule looks at. */
export interface DuplicateKeys {
  fioKey: string;
  birthDate: IsoDate | null;
  platformId: string | null;
}

export function duplicateKeysOf(
  p: FioParts & { birthDate: IsoDate | null; platformId: string | null },
): DuplicateKeys {
  return { fioKey: fioKey(p), birthDate: p.birthDate, platformId: normalizePlatformId(p.platformId) };
}

export function normalizePlatformId(id: string | null | undefined): string | null {
  const key = normalizeKey(id ?? '').replace(/\s/g, '');
  return key || null;
}

/**
 * The duplicate rule: the same federal platform id, or the same normalised ФИО (case, spaces, ё→е) and the
 * same date of birth. Without a birth date on either side there is no automatic match by ФИО.
 */
export function isSameParticipant(a: DuplicateKeys, b: DuplicateKeys): boolean {
  if (a.platformId && b.platformId && a.platformId === b.platformId) return true;
  if (!a.birthDate || !b.birthDate) return false;
  return a.fioKey === b.fioKey && a.birthDate === b.birthDate;
}

/** The index key of the ФИО + birth date rule, or null when the birth date is missing. */
export function fioBirthKey(k: Pick<DuplicateKeys, 'fioKey' | 'birthDate'>): string | null {
  return k.birthDate && k.fioKey ? `${k.fioKey}|${k.birthDate}` : null;
}

/**
 * A possible duplicate that is never merged automatically: the same ФИО where one side has no birth
 * date. The person decides.
 */
export function isPossibleDuplicate(a: DuplicateKeys, b: DuplicateKeys): boolean {
  if (isSameParticipant(a, b)) return false;
  return a.fioKey === b.fioKey && (!a.birthDate || !b.birthDate);
}
