import {
  derivePasswordKey,
  fromBase64,
  passwordMatches,
  toBase64,
  type BackupLock,
  type BackupUnlock,
  type PasswordKey,
} from '@shared/backup/format';
import { RuleError } from '@shared/errors';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { getSetting } from '../queries/settings';
import { setSetting, type StoredPasswordKey } from '../repos/settings-repo';

/**
 * The keys of the copies the app writes by itself (docs/backup-format.md §4): the venue's backup password,
 * derived once and kept on this PC (wrapped by `safeStorage` in the desktop app), and this PC's own protection.
 * The password itself is never stored.
 */
export interface KeyPlatform {
  /** Electron `safeStorage` through IPC; null in the web app; resolves to null when the PC has no key store. */
  protectKey?: ((key: Uint8Array) => Promise<Uint8Array | null>) | null;
  unprotectKey?: ((wrapped: Uint8Array) => Promise<Uint8Array>) | null;
}

export const MIN_VENUE_PASSWORD_LENGTH = 10;

/** The stored key as bytes, or null when none is set or it was protected on another PC (a copied profile). */
export async function venuePasswordKey(
  platform: KeyPlatform,
  db: ProfprobaDb = defaultDb,
): Promise<PasswordKey | null> {
  const stored = await getSetting('backupPasswordKey', db);
  if (!stored) return null;
  let key = fromBase64(stored.key);
  if (stored.protectedBy === 'device') {
    if (!platform.unprotectKey) return null;
    try {
      key = await platform.unprotectKey(key);
    } catch {
      return null;
    }
  }
  return { salt: stored.salt, iterations: stored.iterations, key };
}

/**
 * Sets (or changes) the venue backup password. A change needs the current one, so a person passing by cannot
 * lock the venue out of its future copies.
 */
export async function setVenueBackupPassword(
  password: string,
  {
    platform,
    db = defaultDb,
    current,
    iterations,
  }: { platform: KeyPlatform; db?: ProfprobaDb; current?: string; iterations?: number },
): Promise<void> {
  if (password.length < MIN_VENUE_PASSWORD_LENGTH)
    throw new RuleError('settings.venuePasswordShort', { min: MIN_VENUE_PASSWORD_LENGTH });
  const existing = await venuePasswordKey(platform, db);
  if (existing && !(current !== undefined && (await passwordMatches(current, existing))))
    throw new RuleError('settings.venuePasswordCurrentWrong');
  const derived = await derivePasswordKey(password, iterations);
  const wrapped = platform.protectKey ? await platform.protectKey(derived.key) : null;
  const stored: StoredPasswordKey = {
    salt: derived.salt,
    iterations: derived.iterations,
    key: toBase64(wrapped ?? derived.key),
    protectedBy: wrapped ? 'device' : 'none',
  };
  await setSetting('backupPasswordKey', stored, db);
}

/** How the app's own copies are locked: the venue password key and this PC's protection, whichever exist. */
export async function backupLock(platform: KeyPlatform, db: ProfprobaDb = defaultDb): Promise<BackupLock> {
  const passwordKey = await venuePasswordKey(platform, db);
  // Never a plain copy: without a password key or a key store there is nothing to lock it with.
  if (!passwordKey && !platform.protectKey) throw new RuleError('settings.backupNoKey');
  return {
    ...(passwordKey ? { passwordKey } : {}),
    ...(platform.protectKey ? { protect: platform.protectKey } : {}),
  };
}

/** What opens a file on this PC: its own protection, plus a password someone typed. */
export function backupUnlock(platform: KeyPlatform, password?: string): BackupUnlock {
  return {
    ...(password ? { password } : {}),
    ...(platform.unprotectKey ? { unprotect: platform.unprotectKey } : {}),
  };
}
