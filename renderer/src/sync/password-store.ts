import { fromBase64, toBase64 } from '@shared/backup/bytes';
import type { ProfprobaDb } from '../db';

/**
 * The sync password in the desktop app, kept with Electron `safeStorage` through the existing protectKey /
 * unprotectKey pair (it wraps 32-byte keys): a fresh AES-GCM key seals the password, and only that key is
 * wrapped by safeStorage (DPAPI: this PC, this Windows user). The sealed password is a per-PC setting
 * (`sync.*`, never synced; a restore keeps this PC's). In the web app there is no key store: the password
 * stays in memory for the session and nothing is written.
 */

export const SEALED_PASSWORD_KEY = 'sync.sealedPassword';

export interface KeyStore {
  protectKey?: ((key: Uint8Array) => Promise<Uint8Array | null>) | null;
  unprotectKey?: ((wrapped: Uint8Array) => Promise<Uint8Array>) | null;
}

interface SealedPassword {
  wrappedKey: string;
  iv: string;
  data: string;
}

function aesKey(raw: Uint8Array<ArrayBuffer>, usage: KeyUsage): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, 'AES-GCM', false, [usage]);
}

/** Seals and stores the password; true when it was stored (false: no key store here, memory only). */
export async function storePassword(store: KeyStore, db: ProfprobaDb, password: string): Promise<boolean> {
  if (!store.protectKey) return false;
  const raw = crypto.getRandomValues(new Uint8Array(32));
  const wrapped = await store.protectKey(raw);
  if (!wrapped) return false;
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    await aesKey(raw, 'encrypt'),
    new TextEncoder().encode(password),
  );
  const sealed: SealedPassword = {
    wrappedKey: toBase64(wrapped),
    iv: toBase64(iv),
    data: toBase64(new Uint8Array(data)),
  };
  await db.settings.put({ key: SEALED_PASSWORD_KEY, value: sealed });
  return true;
}

/** The stored password, or null when there is none or it was sealed on another PC or account. */
export async function loadPassword(store: KeyStore, db: ProfprobaDb): Promise<string | null> {
  const row = await db.settings.get(SEALED_PASSWORD_KEY);
  const sealed = row?.value as SealedPassword | undefined;
  if (!sealed || !store.unprotectKey) return null;
  try {
    const raw = new Uint8Array(await store.unprotectKey(fromBase64(sealed.wrappedKey)));
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: new Uint8Array(fromBase64(sealed.iv)) },
      await aesKey(raw, 'decrypt'),
      new Uint8Array(fromBase64(sealed.data)),
    );
    return new TextDecoder().decode(plain);
  } catch {
    return null;
  }
}
