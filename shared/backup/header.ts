import { RuleError } from '../errors';
import { fromBase64, LINE_FEED } from './bytes';
import { IV_BYTES, type BackupEncryption } from './crypto';

/**
 * The backup file's header (docs/backup-format.md): one line of JSON before the payload, readable without the
 * password. Reading it refuses foreign files, damaged headers, newer formats and newer schemas with a
 * `settings.backup…` rule error (the words are in the settings locale).
 */

export const BACKUP_FORMAT_NAME = 'profproba-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** Refused above this: a header is a few kilobytes; a huge first line means a foreign file. */
export const MAX_HEADER_BYTES = 1024 * 1024;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT_NAME;
  formatVersion: number;
  appVersion: string;
  schemaVersion: number;
  /** ISO instant (UTC, `toISOString()`). */
  createdAt: string;
  /** Records per table, in the order the tables appear in the payload. */
  counts: Record<string, number>;
  payload: {
    /** How the plaintext is laid out: one JSON object `{"table","rows"}` per line. */
    content: 'ndjson';
    compression: 'gzip';
    /** Length of the stored payload (after compression and encryption). */
    byteLength: number;
    /** Lower-case hex SHA-256 of the stored payload bytes. */
    sha256: string;
  };
  encryption: BackupEncryption | null;
}

export interface ParsedBackup {
  header: BackupHeader;
  /** The stored payload bytes (a view into the file). */
  payload: Uint8Array;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A header field that is missing or malformed. */
function badField(field: string): RuleError {
  return new RuleError('settings.backupHeaderField', { field });
}

function validateEncryption(value: unknown): BackupEncryption | null {
  if (value === null) return null;
  if (!isRecord(value)) throw badField('encryption');
  const { algorithm, kdf, iterations, salt, iv } = value;
  if (algorithm !== 'AES-GCM' || kdf !== 'PBKDF2-SHA-256')
    throw new RuleError('settings.backupCipherUnknown', { cipher: `${String(algorithm)}/${String(kdf)}` });
  if (typeof iterations !== 'number' || !Number.isInteger(iterations) || iterations < 1)
    throw badField('encryption.iterations');
  if (typeof salt !== 'string' || typeof iv !== 'string') throw new RuleError('settings.backupHeaderSalt');
  try {
    if (fromBase64(iv).length !== IV_BYTES || fromBase64(salt).length < 8) throw new Error('length');
  } catch {
    throw new RuleError('settings.backupHeaderSalt');
  }
  return { algorithm, keyLength: 256, tagLength: 128, kdf, iterations, salt, iv };
}

/**
 * Reads and checks the header only (fast, no password needed): refuses foreign files, damaged headers, newer
 * formats and newer schemas. Does not verify the payload; `verifyPayload` does.
 */
export function parseBackup(file: Uint8Array, currentSchemaVersion: number): ParsedBackup {
  const limit = Math.min(file.byteLength, MAX_HEADER_BYTES);
  let end = -1;
  for (let i = 0; i < limit; i++) {
    if (file[i] === LINE_FEED) {
      end = i;
      break;
    }
  }
  // A foreign file: does not start like our header at all.
  const prefix = new TextDecoder().decode(file.subarray(0, Math.min(limit, 64)));
  if (!/^\{\s*"format"\s*:\s*"profproba-backup"/.test(prefix)) {
    throw new RuleError('settings.backupNotBackup');
  }
  if (end < 0) throw new RuleError('settings.backupTruncatedHeader');
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(file.subarray(0, end)));
  } catch {
    throw new RuleError('settings.backupHeaderNotJson');
  }
  if (!isRecord(raw) || raw.format !== BACKUP_FORMAT_NAME) throw new RuleError('settings.backupNotBackup');

  const { formatVersion, appVersion, schemaVersion, createdAt, counts, payload } = raw;
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1)
    throw badField('formatVersion');
  if (formatVersion > BACKUP_FORMAT_VERSION) {
    throw new RuleError('settings.backupNewerFormat', {
      version: formatVersion,
      supported: BACKUP_FORMAT_VERSION,
    });
  }
  if (typeof appVersion !== 'string') throw badField('appVersion');
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1)
    throw badField('schemaVersion');
  if (schemaVersion > currentSchemaVersion) {
    throw new RuleError('settings.backupNewerSchema', {
      app: appVersion,
      version: schemaVersion,
      current: currentSchemaVersion,
    });
  }
  if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt))) throw badField('createdAt');
  if (
    !isRecord(counts) ||
    !Object.values(counts).every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0)
  )
    throw badField('counts');
  if (
    !isRecord(payload) ||
    payload.content !== 'ndjson' ||
    payload.compression !== 'gzip' ||
    typeof payload.byteLength !== 'number' ||
    typeof payload.sha256 !== 'string' ||
    !/^[0-9a-f]{64}$/.test(payload.sha256)
  )
    throw badField('payload');
  const encryption = validateEncryption(raw.encryption ?? null);

  const stored = file.subarray(end + 1);
  if (stored.byteLength < payload.byteLength) {
    throw new RuleError('settings.backupTruncated', {
      got: stored.byteLength,
      expected: payload.byteLength,
    });
  }
  if (stored.byteLength > payload.byteLength) throw new RuleError('settings.backupTrailingBytes');
  return {
    header: {
      format: BACKUP_FORMAT_NAME,
      formatVersion,
      appVersion,
      schemaVersion,
      createdAt,
      counts: counts as Record<string, number>,
      payload: {
        content: 'ndjson',
        compression: 'gzip',
        byteLength: payload.byteLength,
        sha256: payload.sha256,
      },
      encryption,
    },
    payload: stored,
  };
}
