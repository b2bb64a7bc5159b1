import type { PayloadSource } from './stream';
import { RuleError } from '../errors';
import { fromBase64, LINE_FEED } from './bytes';
import {
  IV_BYTES,
  MAX_PBKDF2_ITERATIONS,
  type BackupEncryption,
  type KeySlot,
  type WrappedKeyEncryption,
} from './crypto';

/**
 * The backup file's header (docs/backup-format.md): one line of JSON before the payload, readable without the
 * password. Reading it refuses foreign files, damaged headers, newer formats and newer schemas with a
 * `settings.backup…` rule error (the words are in the settings locale).
 */

export const BACKUP_FORMAT_NAME = 'profproba-backup';
/** The newest format this app reads and writes (3: framed records, stream.ts; 2 and 1 are still read). */
export const BACKUP_FORMAT_VERSION = 3;
/** The 64 hex digits that stand in for `payload.sha256` in the header bytes the cipher authenticates. */
export const ZERO_SHA256 = '0'.repeat(64);
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
    /** Lower-case hex SHA-256 of the stored payload bytes; null in format 3 (every record has its own). */
    sha256: string | null;
    /** Format 3: the payload is framed records (stream.ts), `recordBytes` of gzip each. */
    framing?: 'records';
  };
  encryption: BackupEncryption | null;
}

export interface ParsedBackup {
  header: BackupHeader;
  /** The stored payload bytes (a view into the file). */
  payload: Uint8Array;
  /** The header line exactly as stored (format 2 authenticates it, §4). */
  headerText: string;
  /**
   * Format 3 read from a file a record at a time (format.ts `parseBackupSource`): the payload is here, not in
   * `payload` (then empty).
   */
  source?: PayloadSource;
}

/**
 * Format 2's additional authenticated data: the header line as stored, with the 64 hex digits of
 * `payload.sha256` replaced by 64 zeros (the checksum is computed after encryption, so it cannot be inside).
 */
export function authenticatedHeader(headerText: string, sha256: string): Uint8Array {
  return new TextEncoder().encode(headerText.replace(sha256, ZERO_SHA256));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A header field that is missing or malformed. */
function badField(field: string): RuleError {
  return new RuleError('settings.backupHeaderField', { field });
}

function validIterations(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) throw badField(field);
  // A hostile or damaged header must not make the window derive a key for hours.
  if (value > MAX_PBKDF2_ITERATIONS)
    throw new RuleError('settings.backupTooManyIterations', {
      iterations: value,
      max: MAX_PBKDF2_ITERATIONS,
    });
  return value;
}

function base64Length(value: unknown, check: (length: number) => boolean): string {
  if (typeof value !== 'string') throw new RuleError('settings.backupHeaderSalt');
  try {
    if (!check(fromBase64(value).length)) throw new Error('length');
  } catch {
    throw new RuleError('settings.backupHeaderSalt');
  }
  return value;
}

function validateSlot(value: unknown): KeySlot {
  if (!isRecord(value)) throw badField('encryption.keys');
  if (value.kind === 'device')
    return { kind: 'device', wrapped: base64Length(value.wrapped, (n) => n > 0 && n <= 4096) };
  if (value.kind !== 'password') throw badField('encryption.keys');
  if (value.kdf !== 'PBKDF2-SHA-256')
    throw new RuleError('settings.backupCipherUnknown', { cipher: String(value.kdf) });
  return {
    kind: 'password',
    kdf: 'PBKDF2-SHA-256',
    iterations: validIterations(value.iterations, 'encryption.keys.iterations'),
    salt: base64Length(value.salt, (n) => n >= 8),
    iv: base64Length(value.iv, (n) => n === IV_BYTES),
    wrapped: base64Length(value.wrapped, (n) => n === 48),
  };
}

function validateEncryption(value: unknown, formatVersion: number): BackupEncryption | null {
  if (value === null) return null;
  if (!isRecord(value)) throw badField('encryption');
  const { algorithm, kdf, iterations, salt, iv } = value;
  if (formatVersion >= 2) {
    if (algorithm !== 'AES-GCM')
      throw new RuleError('settings.backupCipherUnknown', { cipher: String(algorithm) });
    if (!Array.isArray(value.keys) || value.keys.length === 0 || value.keys.length > 8)
      throw badField('encryption.keys');
    const encryption: WrappedKeyEncryption = {
      algorithm,
      keyLength: 256,
      tagLength: 128,
      iv: base64Length(iv, (n) => n === IV_BYTES),
      keys: value.keys.map(validateSlot),
    };
    return encryption;
  }
  if (algorithm !== 'AES-GCM' || kdf !== 'PBKDF2-SHA-256')
    throw new RuleError('settings.backupCipherUnknown', { cipher: `${String(algorithm)}/${String(kdf)}` });
  return {
    algorithm,
    keyLength: 256,
    tagLength: 128,
    kdf,
    iterations: validIterations(iterations, 'encryption.iterations'),
    salt: base64Length(salt, (n) => n >= 8),
    iv: base64Length(iv, (n) => n === IV_BYTES),
  };
}

/**
 * Reads and checks the header only (fast, no password needed): refuses foreign files, damaged headers, newer
 * formats and newer schemas. Does not verify the payload; `verifyPayload` does.
 */
export function parseBackup(
  file: Uint8Array,
  currentSchemaVersion: number,
  /** `file` is only the file's first bytes: the header is checked, the payload's length is not. */
  prefixOnly = false,
): ParsedBackup {
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
  let headerText: string;
  try {
    headerText = new TextDecoder('utf-8', { fatal: true }).decode(file.subarray(0, end));
    raw = JSON.parse(headerText);
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
  if (!isRecord(payload) || payload.content !== 'ndjson' || payload.compression !== 'gzip')
    throw badField('payload');
  const encryption = validateEncryption(raw.encryption ?? null, formatVersion);
  const stored = file.subarray(end + 1);
  const common = {
    format: BACKUP_FORMAT_NAME,
    formatVersion,
    appVersion,
    schemaVersion,
    createdAt,
    counts: counts as Record<string, number>,
    encryption,
  } as const;
  if (formatVersion >= 3) {
    // Framed records: lengths, checksums and the end record are checked record by record (stream.ts).
    if (payload.framing !== 'records') throw badField('payload');
    return {
      header: {
        ...common,
        payload: {
          content: 'ndjson',
          compression: 'gzip',
          byteLength: stored.byteLength,
          sha256: null,
          framing: 'records',
        },
      },
      payload: stored,
      headerText,
    };
  }
  if (
    typeof payload.byteLength !== 'number' ||
    typeof payload.sha256 !== 'string' ||
    !/^[0-9a-f]{64}$/.test(payload.sha256)
  )
    throw badField('payload');
  if (!prefixOnly && stored.byteLength < payload.byteLength) {
    throw new RuleError('settings.backupTruncated', {
      got: stored.byteLength,
      expected: payload.byteLength,
    });
  }
  if (!prefixOnly && stored.byteLength > payload.byteLength)
    throw new RuleError('settings.backupTrailingBytes');
  return {
    header: {
      ...common,
      payload: {
        content: 'ndjson',
        compression: 'gzip',
        byteLength: payload.byteLength,
        sha256: payload.sha256,
      },
    },
    payload: stored,
    headerText,
  };
}
