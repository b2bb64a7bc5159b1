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

/**
 * The duplicate rule as an index: the import's classification (once over the stored participants, once over
 * the rows already seen) and its commit (re-checking inside the transaction) ask it the same questions, so the
 * rule is built once. The first entry added under a key is kept: a later one with the same key is its duplicate.
 */
export class DuplicateIndex<T> {
  private readonly byPlatform = new Map<string, T>();
  private readonly byFioBirth = new Map<string, T>();
  private readonly byFio = new Map<string, { item: T; birthDate: IsoDate | null }>();

  add(keys: DuplicateKeys, item: T): void {
    if (keys.platformId && !this.byPlatform.has(keys.platformId)) this.byPlatform.set(keys.platformId, item);
    const fb = fioBirthKey(keys);
    if (fb && !this.byFioBirth.has(fb)) this.byFioBirth.set(fb, item);
    if (!this.byFio.has(keys.fioKey)) this.byFio.set(keys.fioKey, { item, birthDate: keys.birthDate });
  }

  /** The entry the duplicate rule matches (`isSameParticipant`): the platform id first, then ФИО + birth date. */
  find(keys: DuplicateKeys): T | undefined {
    const byPlatform = keys.platformId ? this.byPlatform.get(keys.platformId) : undefined;
    if (byPlatform !== undefined) return byPlatform;
    const fb = fioBirthKey(keys);
    return fb ? this.byFioBirth.get(fb) : undefined;
  }

  has(keys: DuplicateKeys): boolean {
    return this.find(keys) !== undefined;
  }

  /**
   * The first entry with the same ФИО where one side has no birth date (`isPossibleDuplicate`, for keys that
   * `find` did not match): never merged automatically, the person decides.
   */
  findPossible(keys: DuplicateKeys): T | undefined {
    const same = this.byFio.get(keys.fioKey);
    return same && (!keys.birthDate || !same.birthDate) ? same.item : undefined;
  }
}
