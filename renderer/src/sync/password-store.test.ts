import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshDbFactory } from '../db/testing/test-db';
import { loadPassword, SEALED_PASSWORD_KEY, storePassword, type KeyStore } from './password-store';

const freshDb = freshDbFactory('sync-password');

/** A stand-in for safeStorage: wraps with this PC's secret; another PC's secret fails to unwrap. */
function pcKeyStore(secret: number): KeyStore {
  return {
    protectKey: async (key) => new Uint8Array([secret, ...key.map((b) => b ^ secret)]),
    unprotectKey: async (wrapped) => {
      if (wrapped[0] !== secret) throw new Error('Error while decrypting the ciphertext provided');
      return wrapped.slice(1).map((b) => b ^ secret);
    },
  };
}

describe('the sync password on this PC', () => {
  it('is kept sealed with safeStorage and opens after a restart on the same PC only', async () => {
    const db = freshDb();
    expect(await storePassword(pcKeyStore(7), db, 'пароль-кабинета-1')).toBe(true);
    const row = await db.settings.get(SEALED_PASSWORD_KEY);
    expect(JSON.stringify(row)).not.toContain('пароль-кабинета-1');
    expect(await loadPassword(pcKeyStore(7), db)).toBe('пароль-кабинета-1');
    expect(await loadPassword(pcKeyStore(9), db)).toBeNull();
  });

  it('is never written where there is no key store (the web app: memory only)', async () => {
    const db = freshDb();
    expect(await storePassword({}, db, 'секрет')).toBe(false);
    expect(await storePassword({ protectKey: async () => null }, db, 'секрет')).toBe(false);
    expect(await db.settings.get(SEALED_PASSWORD_KEY)).toBeUndefined();
    expect(await loadPassword({}, db)).toBeNull();
  });
});
