import { importSecret } from '../certificates/verification';

/**
 * A pupil's personal attendance code: 12 digits of an HMAC-SHA-256 of the pupil's id under the venue secret
 * (the one the certificates' verification codes use) and one Damm check digit. It says nothing by itself — no
 * name, no birth date, not even the id — and only a database that holds the secret can tell whose it is.
 *
 * Digits only, because a USB barcode scanner "types" the code as key presses in whatever keyboard layout is on:
 * digits are the same keys in the Russian and the Latin layout, letters are not. The QR carries `PP` and the
 * digits, so a scanned code of another kind is recognised as foreign rather than looked up.
 */

export const TOKEN_DATA_DIGITS = 12;
export const TOKEN_LENGTH = TOKEN_DATA_DIGITS + 1;
/** What the QR holds in front of the digits. A scanner in the Russian layout types `ЗЗ` for it. */
export const QR_PREFIX = 'PP';

const FORMAT_VERSION = 'profproba-pupil-v1';
const encoder = new TextEncoder();

/**
 * The Damm algorithm's quasigroup: one check digit that catches every single wrong digit and every swap of two
 * neighbouring digits (the two typos a person makes typing a code from a badge).
 */
const DAMM = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
] as const;

export function dammCheckDigit(digits: string): number {
  let interim = 0;
  for (const c of digits) interim = DAMM[interim]![Number(c)]!;
  return interim;
}

/** True when the last digit is the Damm check digit of the others. */
export function dammValid(digitsWithCheck: string): boolean {
  return /^\d+$/.test(digitsWithCheck) && dammCheckDigit(digitsWithCheck) === 0;
}

/** The 12 data digits from the first 6 bytes (48 bits) of the MAC; the bias of the modulo is below 1 in 2⁸. */
function macDigits(mac: Uint8Array): string {
  let value = 0;
  for (let i = 0; i < 6; i++) value = value * 256 + mac[i]!;
  return String(value % 10 ** TOKEN_DATA_DIGITS).padStart(TOKEN_DATA_DIGITS, '0');
}

/** The pupil's token: 13 digits, the last a check digit. */
export async function pupilToken(key: CryptoKey | string, participantId: string): Promise<string> {
  const cryptoKey = typeof key === 'string' ? await importSecret(key) : key;
  const mac = await crypto.subtle.sign(
    'HMAC',
    cryptoKey,
    encoder.encode(`${FORMAT_VERSION}\n${participantId}`),
  );
  const digits = macDigits(new Uint8Array(mac));
  return `${digits}${dammCheckDigit(digits)}`;
}

/** What the QR code on a badge or a sheet row carries. */
export function pupilQrPayload(token: string): string {
  return `${QR_PREFIX}${token}`;
}

/** The token as printed under the QR for a person to read or type: `1234 5678 9012 3`. */
export function formatToken(token: string): string {
  return token.replace(/(\d{4})(?=\d)/g, '$1 ');
}

/** What a scanned or typed text is. */
export type ScannedCode =
  | { kind: 'pupil'; token: string }
  /** Our shape, but the check digit refuses it: a typo or a misread. */
  | { kind: 'typo' }
  /** Some other code (a certificate's QR, a product barcode, a URL…). */
  | { kind: 'foreign' };

/**
 * Reads a scanned or typed code. The `PP` prefix is optional (a person may type only the digits) and is also
 * accepted as a scanner types it in the Russian layout (`ЗЗ`); spaces and dashes are ignored.
 */
export function parseScannedCode(text: string): ScannedCode {
  const compact = text
    .normalize('NFC')
    .replace(/[\s\-\u2010-\u2015]/g, '')
    .toUpperCase();
  const match = /^(?:PP|ЗЗ)?(\d+)$/u.exec(compact);
  if (!match) return { kind: 'foreign' };
  const digits = match[1]!;
  if (digits.length !== TOKEN_LENGTH) {
    // A digit too few or too many is a typo; a number of quite another length is some other code.
    const prefixed = compact.length > digits.length;
    return { kind: prefixed || Math.abs(digits.length - TOKEN_LENGTH) <= 2 ? 'typo' : 'foreign' };
  }
  return dammValid(digits) ? { kind: 'pupil', token: digits } : { kind: 'typo' };
}
