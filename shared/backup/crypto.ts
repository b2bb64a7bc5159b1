import { RuleError } from '../errors';
import { asBuffer, fromBase64, toBase64 } from './bytes';

/**
 * The backup's encryption (docs/backup-format.md §4). WebCrypto only.
 *
 * - Format 1 (read only): AES-256-GCM with a key from PBKDF2-HMAC-SHA-256 over the NFC-normalised password.
 * - Format 2: a random 256-bit payload key encrypts the payload (AES-256-GCM, the header authenticated as
 *   additional data); the payload key is stored wrapped once per way of opening the file: by a key derived
 *   from the venue's backup password (any PC) and/or by this PC's protection (Electron `safeStorage`).
 */

/** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000;
/**
 * The most a reader accepts: a hostile header could otherwise ask for billions of rounds and hang the window.
 * Ten times what the app writes leaves room for a stronger writer.
 */
export const MAX_PBKDF2_ITERATIONS = 10 * PBKDF2_ITERATIONS;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;
export const KEY_BYTES = 32;

/** Format 1: the payload key is derived from the password directly. */
export interface PasswordEncryptionV1 {
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

/** Format 2: the payload key wrapped by a key derived from the venue's backup password. */
export interface PasswordKeySlot {
  kind: 'password';
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  salt: string;
  /** IV of the wrapping (AES-GCM), base64, 12 bytes. */
  iv: string;
  /** The wrapped payload key with its tag (48 bytes), base64. */
  wrapped: string;
}

/** Format 2: the payload key protected by this PC (Electron `safeStorage`: DPAPI on Windows). Opaque bytes. */
export interface DeviceKeySlot {
  kind: 'device';
  wrapped: string;
}

export type KeySlot = PasswordKeySlot | DeviceKeySlot;

export interface WrappedKeyEncryption {
  algorithm: 'AES-GCM';
  keyLength: 256;
  tagLength: 128;
  /** IV of the payload, base64, 12 bytes. */
  iv: string;
  keys: KeySlot[];
}

export type BackupEncryption = PasswordEncryptionV1 | WrappedKeyEncryption;

export function isWrappedKeyEncryption(e: BackupEncryption): e is WrappedKeyEncryption {
  return 'keys' in e;
}

/** The venue's backup password, derived once and kept (protected) so automatic copies need no typing. */
export interface PasswordKey {
  salt: string;
  iterations: number;
  /** The PBKDF2 output: 32 raw bytes. */
  key: Uint8Array;
}

/** What opens an encrypted file: the password someone typed and/or this PC's unprotect function. */
export interface BackupUnlock {
  password?: string;
  /** Undoes the platform's protection; rejects on another PC or without a key store. */
  unprotect?: (wrapped: Uint8Array) => Promise<Uint8Array>;
}

/** What a writer encrypts with. Any of the three makes the file encrypted. */
export interface BackupLock {
  /** A password typed now (a manual backup): derived with a fresh salt. */
  password?: string;
  /** The venue's stored password key (automatic copies). */
  passwordKey?: PasswordKey;
  /** This PC's protection (Electron `safeStorage`); resolves to null when the PC has none. */
  protect?: (key: Uint8Array) => Promise<Uint8Array | null>;
  /** Tests only: fewer iterations make them fast. */
  iterations?: number;
}

export function hasLock(lock: BackupLock | undefined): lock is BackupLock {
  return Boolean(lock && (lock.password || lock.passwordKey || lock.protect));
}

async function passwordBits(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const material = await crypto.subtle.importKey(
    'raw',
    asBuffer(new TextEncoder().encode(password.normalize('NFC'))),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  return new Uint8Array(
    await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt: asBuffer(salt), iterations },
      material,
      KEY_BYTES * 8,
    ),
  );
}

function aesKey(raw: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', asBuffer(raw), 'AES-GCM', false, ['encrypt', 'decrypt']);
}

export async function seal(raw: Uint8Array, iv: Uint8Array, plain: Uint8Array, aad?: Uint8Array) {
  const params: AesGcmParams = { name: 'AES-GCM', iv: asBuffer(iv), tagLength: 128 };
  if (aad) params.additionalData = asBuffer(aad);
  return new Uint8Array(await crypto.subtle.encrypt(params, await aesKey(raw), asBuffer(plain)));
}

export async function open(raw: Uint8Array, iv: Uint8Array, sealed: Uint8Array, aad?: Uint8Array) {
  const params: AesGcmParams = { name: 'AES-GCM', iv: asBuffer(iv), tagLength: 128 };
  if (aad) params.additionalData = asBuffer(aad);
  return new Uint8Array(await crypto.subtle.decrypt(params, await aesKey(raw), asBuffer(sealed)));
}

/** Derives the venue's password key with a fresh salt (set once in first run or Настройки). */
export async function derivePasswordKey(
  password: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<PasswordKey> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  return { salt: toBase64(salt), iterations, key: await passwordBits(password, salt, iterations) };
}

/** Does this password give this stored key? (Settings asks for the old password before a change.) */
export async function passwordMatches(password: string, stored: PasswordKey): Promise<boolean> {
  const bits = await passwordBits(password, fromBase64(stored.salt), stored.iterations);
  return bits.length === stored.key.length && bits.every((b, i) => b === stored.key[i]);
}

/**
 * Format 2, writing: a fresh payload key and IV, and the slots that wrap the key. The payload itself is sealed
 * later (`sealPayload`), when the header it authenticates is known.
 */
export async function makeKeySlots(
  lock: BackupLock,
): Promise<{ payloadKey: Uint8Array; encryption: WrappedKeyEncryption }> {
  const payloadKey = crypto.getRandomValues(new Uint8Array(KEY_BYTES));
  const keys: KeySlot[] = [];
  const passwordKey =
    lock.passwordKey ?? (lock.password ? await derivePasswordKey(lock.password, lock.iterations) : undefined);
  if (passwordKey) {
    const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
    keys.push({
      kind: 'password',
      kdf: 'PBKDF2-SHA-256',
      iterations: passwordKey.iterations,
      salt: passwordKey.salt,
      iv: toBase64(iv),
      wrapped: toBase64(await seal(passwordKey.key, iv, payloadKey)),
    });
  }
  const deviceWrapped = lock.protect ? await lock.protect(payloadKey) : null;
  if (deviceWrapped) keys.push({ kind: 'device', wrapped: toBase64(deviceWrapped) });
  // Never fall back to a plain file: a copy nobody can open is refused with words saying what to set.
  if (keys.length === 0) throw new RuleError('settings.backupNoKey');
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  return {
    payloadKey,
    encryption: { algorithm: 'AES-GCM', keyLength: 256, tagLength: 128, iv: toBase64(iv), keys },
  };
}

export function sealPayload(
  payloadKey: Uint8Array,
  encryption: WrappedKeyEncryption,
  plain: Uint8Array,
  aad: Uint8Array,
): Promise<Uint8Array> {
  return seal(payloadKey, fromBase64(encryption.iv), plain, aad);
}

/** Tries this PC's slot first (no typing), then the password. Throws `backupPasswordRequired` or `…WrongPassword`. */
export async function unwrapPayloadKey(
  encryption: WrappedKeyEncryption,
  unlock: BackupUnlock,
): Promise<Uint8Array> {
  const device = encryption.keys.find((k): k is DeviceKeySlot => k.kind === 'device');
  if (device && unlock.unprotect) {
    try {
      const key = await unlock.unprotect(fromBase64(device.wrapped));
      if (key.length === KEY_BYTES) return key;
    } catch {
      // Another PC, or a changed Windows account: the password slot still opens it.
    }
  }
  const slot = encryption.keys.find((k): k is PasswordKeySlot => k.kind === 'password');
  if (!slot || !unlock.password) {
    throw new RuleError(slot ? 'settings.backupPasswordRequired' : 'settings.backupOtherComputer');
  }
  const wrapping = await passwordBits(unlock.password, fromBase64(slot.salt), slot.iterations);
  try {
    return await open(wrapping, fromBase64(slot.iv), fromBase64(slot.wrapped));
  } catch {
    throw new RuleError('settings.backupWrongPassword');
  }
}

/** Can this PC open the file without a password? (The restore asks for one only when it cannot.) */
export async function opensWithoutPassword(
  encryption: BackupEncryption,
  unlock: BackupUnlock,
): Promise<boolean> {
  if (!isWrappedKeyEncryption(encryption) || !unlock.unprotect) return false;
  try {
    await unwrapPayloadKey(encryption, { unprotect: unlock.unprotect });
    return true;
  } catch {
    return false;
  }
}

/** Format 1: the old single-password encryption, kept for reading (and for tests that write old files). */
export async function encryptPayloadV1(
  plain: Uint8Array,
  password: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<{ bytes: Uint8Array; encryption: PasswordEncryptionV1 }> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await passwordBits(password, salt, iterations);
  return {
    bytes: await seal(key, iv, plain),
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
 * means another key (a wrong password) or, in format 2, an altered header (`aad`).
 */
export async function decryptPayload(
  stored: Uint8Array,
  encryption: BackupEncryption,
  unlock: BackupUnlock,
  aad?: Uint8Array,
): Promise<Uint8Array> {
  if (isWrappedKeyEncryption(encryption)) {
    const key = await unwrapPayloadKey(encryption, unlock);
    try {
      return await open(key, fromBase64(encryption.iv), stored, aad);
    } catch {
      // The key unwrapped, so the password was right: the header was changed after writing.
      throw new RuleError('settings.backupHeaderTampered');
    }
  }
  if (!unlock.password) throw new RuleError('settings.backupPasswordRequired');
  const { salt, iv, iterations } = encryption;
  const key = await passwordBits(unlock.password, fromBase64(salt), iterations);
  try {
    return await open(key, fromBase64(iv), stored);
  } catch {
    throw new RuleError('settings.backupWrongPassword');
  }
}
