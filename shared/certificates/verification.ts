/**
 * Verification codes: an HMAC-SHA-256 (WebCrypto, works in browsers and Node 20) of the certificate's number,
 * ФИО and trial under a secret kept in the venue's database, cut to 8 characters of an alphabet without
 * look-alikes (no 0/O, 1/I) and shown as XXXX-XXXX. Anyone with the database can check a certificate offline;
 * nobody without the secret can make a code for a changed name or number.
 */

/** 32 symbols = 5 bits each; 8 symbols carry 40 bits of the HMAC. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const CODE_LENGTH = 8;

export interface CodeSubject {
  number: string;
  fio: string;
  programTitle: string;
}

const FORMAT_VERSION = 'profproba-certificate-v1';

/** The exact bytes signed: a changed letter anywhere changes the code. */
export function canonicalMessage(subject: CodeSubject): string {
  const clean = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
  return [FORMAT_VERSION, clean(subject.number), clean(subject.fio), clean(subject.programTitle)].join('\n');
}

/** A new random venue secret (256 bits, base64url). */
export function generateSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const encoder = new TextEncoder();

export async function importSecret(secret: string): Promise<CryptoKey> {
  // A programming error, not a refusal: the issue creates the secret before it makes any code.
  if (!secret) throw new Error('verification code: the venue secret is not set');
  return crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
}

function toCode(mac: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of mac) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < CODE_LENGTH) {
      out += CODE_ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    if (out.length >= CODE_LENGTH) break;
    value &= (1 << bits) - 1;
  }
  return `${out.slice(0, 4)}-${out.slice(4)}`;
}

/** The code for one certificate, formatted XXXX-XXXX. */
export async function verificationCode(key: CryptoKey | string, subject: CodeSubject): Promise<string> {
  const cryptoKey = typeof key === 'string' ? await importSecret(key) : key;
  const mac = await crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(canonicalMessage(subject)));
  return toCode(new Uint8Array(mac));
}

/** Cyrillic letters that look like Latin ones: typed on a Russian keyboard layout they mean the Latin letter. */
const LOOKALIKES: Record<string, string> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  З: '3',
  О: 'O',
};

/**
 * A typed code → `XXXX-XXXX`, or null when it cannot be a code. Case, spaces, dashes and Cyrillic look-alikes
 * are forgiven; O is read as 0 is not (neither is in the alphabet), so a typo is reported, not guessed.
 */
export function normalizeCodeInput(text: string): string | null {
  const chars = [...text.normalize('NFC').toLocaleUpperCase('ru')]
    .map((c) => LOOKALIKES[c] ?? c)
    .filter((c) => !/[\s\-\u2010-\u2015\u2212]/.test(c))
    .join('');
  if (chars.length !== CODE_LENGTH) return null;
  if (![...chars].every((c) => CODE_ALPHABET.includes(c))) return null;
  return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** Compares without an early exit, so the time taken says nothing about how much of a code was right. */
export function codesEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
