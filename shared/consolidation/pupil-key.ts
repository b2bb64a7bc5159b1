import type { IsoDate } from '../domain/common';
import { isIsoDate } from '../dates';
import { fixNameLookalikes } from '../text/lookalikes';
import { normalizeKey } from '../text/normalize';
import type { FioParts } from '../text/fio';

/**
 * The pseudonymous pupil key of the quarterly report's «Участники» (docs/consolidation.md): HMAC-SHA-256,
 * keyed with the secret the region hands to its venues, of the pupil's normalised surname and first name and
 * the birth date. The same pupil gets the same key at every venue of the region, so a consolidation counts
 * distinct pupils without more personal data than the report already holds.
 *
 * The name is normalised exactly as the import's duplicate key (`fioKey`): Latin look-alike letters corrected,
 * lower case, ё→е, runs of spaces as one. The patronymic is left out on purpose: one school writes it and
 * another does not, and surname + first name + birth date still tell pupils apart.
 */
export function pupilKeyMaterial(p: FioParts, birthDate: IsoDate | null | undefined): string | null {
  if (!birthDate || !isIsoDate(birthDate)) return null;
  const { parts } = fixNameLookalikes(p);
  const last = normalizeKey(parts.lastName);
  const first = normalizeKey(parts.firstName);
  if (!last || !first) return null;
  return `${last} ${first}|${birthDate}`;
}

/** The region's secret as an HMAC key; null when the venue has none (its report then carries no keys). */
export async function pupilKeySigner(secret: string | null | undefined): Promise<CryptoKey | null> {
  const text = (secret ?? '').trim();
  if (!text) return null;
  return crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(text),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
}

/** Key length in hex digits: 128 bits, far beyond any chance collision among a region's pupils. */
const KEY_HEX_DIGITS = 32;

export async function pupilKeyOf(signer: CryptoKey, material: string): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', signer, new TextEncoder().encode(material)));
  let hex = '';
  for (const byte of mac) hex += byte.toString(16).padStart(2, '0');
  return hex.slice(0, KEY_HEX_DIGITS);
}

/** Keys of many pupils at once, by id; pupils without a birth date (no material) get none. */
export async function pupilKeysFor<T extends FioParts & { id: string; birthDate: IsoDate | null }>(
  people: Iterable<T>,
  secret: string | null | undefined,
): Promise<Map<string, string>> {
  const keys = new Map<string, string>();
  const signer = await pupilKeySigner(secret);
  if (!signer) return keys;
  const jobs: Promise<void>[] = [];
  for (const p of people) {
    const material = pupilKeyMaterial(p, p.birthDate);
    if (material) jobs.push(pupilKeyOf(signer, material).then((key) => void keys.set(p.id, key)));
  }
  await Promise.all(jobs);
  return keys;
}
