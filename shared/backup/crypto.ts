import { RuleError } from '../errors';
import { asBuffer, fromBase64, toBase64 } from './bytes';

/**
 * The backup's optional encryption: AES-256-GCM with a key from PBKDF2-HMAC-SHA-256 over the NFC-normalised
 * password (docs/backup-format.md). WebCrypto only.
 */

/** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;

export interface BackupEncryption {
  algorithm: 'AES-GCM';
  keyLength: 256;
  tagLength: 128;
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  /** Base64 (standard alphabet, with padding). */
  salt: string;
  /** Base64, 12 bytes. */
  iv: string;
}

async function deriveKey(password: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    asBuffer(new TextEncoder().encode(password.normalize('NFC'))),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: asBuffer(salt), iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Encrypts with a fresh random salt and IV; returns the ciphertext (with its tag) and the header's record. */
export async function encryptPayload(
  plain: Uint8Array,
  password: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<{ bytes: Uint8Array; encryption: BackupEncryption }> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await deriveKey(password, salt, iterations);
  const bytes = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv: asBuffer(iv), tagLength: 128 }, key, asBuffer(plain)),
  );
  return {
    bytes,
    encryption: {
      algorithm: 'AES-GCM',
      keyLength: 256,
      tagLength: 128,
      kdf: 'PBKDF2-SHA-256',
      iterations,
      salt: toBase64(salt),
      iv: toBase64(iv),
    },
  };
}

/**
 * Decrypts a payload whose checksum already matched: the bytes are intact, so a failed authentication tag
 * means another key — a wrong password.
 */
export async function decryptPayload(
  stored: Uint8Array,
  encryption: BackupEncryption,
  password: string | undefined,
): Promise<Uint8Array> {
  if (!password) throw new RuleError('settings.backupPasswordRequired');
  const { salt, iv, iterations } = encryption;
  const key = await deriveKey(password, fromBase64(salt), iterations);
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: asBuffer(fromBase64(iv)), tagLength: 128 },
        key,
        asBuffer(stored),
      ),
    );
  } catch {
    throw new RuleError('settings.backupWrongPassword');
  }
}
