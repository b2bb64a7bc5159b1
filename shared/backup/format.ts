import { RuleError } from '../errors';
import { concatBytes, gunzip, gzip, LINE_FEED, sha256Hex } from './bytes';
import {
  decryptPayload,
  encryptPayloadV1,
  hasLock,
  makeKeySlots,
  sealPayload,
  type BackupEncryption,
  type BackupLock,
  type BackupUnlock,
} from './crypto';
import {
  authenticatedHeader,
  BACKUP_FORMAT_NAME,
  isRecord,
  MAX_HEADER_BYTES,
  parseBackup,
  ZERO_SHA256,
  type BackupHeader,
  type ParsedBackup,
} from './header';
import { readRecordLines, sourceRecords, verifyRecords, verifySource, type PayloadSource } from './stream';

/**
 * The backup file (docs/formats.md §6, docs/backup-format.md): a one-line JSON header (header.ts), a line feed, then
 * the payload. The payload is the database as UTF-8 NDJSON (one line per chunk of one table), gzip-compressed
 * (bytes.ts) and optionally AES-GCM-encrypted (crypto.ts). The SHA-256 covers the stored payload bytes, so
 * damage is told apart from a wrong password before anything is decrypted.
 *
 * Pure: only WebCrypto, TextEncoder/Decoder and (De)CompressionStream, which exist in browsers, Electron's
 * renderer and Node ≥ 18 alike. Knows nothing about the database; tables are plain names here. Every refusal
 * is a `settings.backup…` rule error whose words live in the settings locale.
 */

export { toHex, toBase64, fromBase64, sha256Hex, gzip, gunzip } from './bytes';
export {
  derivePasswordKey,
  MAX_PBKDF2_ITERATIONS,
  opensWithoutPassword,
  passwordMatches,
  PBKDF2_ITERATIONS,
  type BackupEncryption,
  type BackupLock,
  type BackupUnlock,
  type PasswordKey,
} from './crypto';
export {
  BACKUP_FORMAT_NAME,
  BACKUP_FORMAT_VERSION,
  MAX_HEADER_BYTES,
  parseBackup,
  type BackupHeader,
  type ParsedBackup,
} from './header';

/** One chunk of one table as it appears on a payload line. */
export interface BackupChunk {
  table: string;
  rows: unknown[];
}

// ---------------------------------------------------------------------------------------------------------
// Writing

export interface EncodeBackupInput {
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
  /** The database as chunks, in table order; a table may span several chunks. */
  chunks: Iterable<BackupChunk>;
  /** Encrypts the payload when given (non-empty). Shorthand for `lock: { password }`. */
  password?: string;
  /** How the file is encrypted (format 2): a password, the venue's stored password key, this PC's protection. */
  lock?: BackupLock;
  /** For tests only: fewer iterations make them fast. Never below the documented minimum in the app. */
  iterations?: number;
  /** Writes format 2 by default (one buffer; the app writes format 3 with stream.ts); 1 for tests of old files. */
  formatVersion?: 1 | 2;
}

/** Serialises the chunks to NDJSON, counting records per table on the way. */
export function chunksToNdjson(chunks: Iterable<BackupChunk>): {
  bytes: Uint8Array;
  counts: Record<string, number>;
} {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const counts: Record<string, number> = {};
  for (const chunk of chunks) {
    counts[chunk.table] = (counts[chunk.table] ?? 0) + chunk.rows.length;
    // The documented layout has no line for an empty chunk; its table still appears in `counts`.
    if (chunk.rows.length === 0) continue;
    parts.push(encoder.encode(`${JSON.stringify({ table: chunk.table, rows: chunk.rows })}\n`));
  }
  return { bytes: concatBytes(parts), counts };
}

/** Builds the whole backup file. `counts` lists every table met, empty ones included when given as chunks. */
export async function encodeBackup(
  input: EncodeBackupInput,
  allTables: readonly string[] = [],
): Promise<Uint8Array> {
  const { bytes: plain, counts: met } = chunksToNdjson(input.chunks);
  const counts: Record<string, number> = {};
  for (const table of allTables) counts[table] = 0;
  Object.assign(counts, met);

  const compressed = await gzip(plain);
  const lock: BackupLock = { ...input.lock, iterations: input.iterations ?? input.lock?.iterations };
  if (input.password) lock.password = input.password;
  const formatVersion = input.formatVersion ?? 2;

  const headerFor = (
    encryption: BackupEncryption | null,
    byteLength: number,
    sha256: string,
  ): BackupHeader => ({
    format: BACKUP_FORMAT_NAME,
    formatVersion,
    appVersion: input.appVersion,
    schemaVersion: input.schemaVersion,
    createdAt: input.createdAt,
    counts,
    payload: { content: 'ndjson', compression: 'gzip', byteLength, sha256 },
    encryption,
  });
  // JSON.stringify without indentation never emits a raw line feed, so the first LF ends the header.
  const fileOf = (headerText: string, payload: Uint8Array) =>
    concatBytes([new TextEncoder().encode(headerText), new Uint8Array([LINE_FEED]), payload]);

  if (!hasLock(lock)) {
    return fileOf(
      JSON.stringify(headerFor(null, compressed.byteLength, await sha256Hex(compressed))),
      compressed,
    );
  }
  if (formatVersion === 1) {
    if (!lock.password) throw new Error('format 1 encrypts with a password only');
    const { bytes, encryption } = await encryptPayloadV1(compressed, lock.password, lock.iterations);
    return fileOf(JSON.stringify(headerFor(encryption, bytes.byteLength, await sha256Hex(bytes))), bytes);
  }
  // Format 2: the header (with zeros for the checksum, which depends on the ciphertext) is the cipher's
  // additional data, so a changed header — counts, schema, key slots — fails authentication.
  const { payloadKey, encryption } = await makeKeySlots(lock);
  const byteLength = compressed.byteLength + 16;
  const draft = JSON.stringify(headerFor(encryption, byteLength, ZERO_SHA256));
  const sealed = await sealPayload(
    payloadKey,
    encryption,
    compressed,
    authenticatedHeader(draft, ZERO_SHA256),
  );
  return fileOf(draft.replace(ZERO_SHA256, await sha256Hex(sealed)), sealed);
}

// ---------------------------------------------------------------------------------------------------------
// Reading

const READ_PART = 8 * 1024 * 1024;

/**
 * Reads a backup from a file without holding it (docs/backup-format.md §8): the header from the first bytes; a
 * format-3 payload stays in `source` and is read a record at a time by `verifyPayload` and `decodePayload`.
 * Formats 1 and 2 are one sealed payload and are read whole.
 */
export async function parseBackupSource(
  source: PayloadSource,
  currentSchemaVersion: number,
): Promise<ParsedBackup> {
  const prefix = await source.read(0, Math.min(source.size, MAX_HEADER_BYTES));
  const parsed = parseBackup(prefix, currentSchemaVersion, true);
  if (parsed.header.payload.framing !== 'records') {
    // One sealed payload: read whole, in parts of 8 MiB (the most the desktop app's read channel hands over).
    const parts: Uint8Array[] = [];
    for (let at = 0; at < source.size; at += READ_PART)
      parts.push(await source.read(at, Math.min(source.size, at + READ_PART)));
    return parseBackup(concatBytes(parts), currentSchemaVersion);
  }
  const start = prefix.byteLength - parsed.payload.byteLength;
  const size = source.size - start;
  return {
    header: { ...parsed.header, payload: { ...parsed.header.payload, byteLength: size } },
    headerText: parsed.headerText,
    payload: new Uint8Array(0),
    source: { size, read: (from, to) => source.read(start + from, start + to) },
  };
}

/** Checks the SHA-256 of the stored payload against the header. */
export async function verifyPayload(parsed: ParsedBackup): Promise<void> {
  if (parsed.source) {
    await verifySource(parsed.source);
    return;
  }
  if (parsed.header.payload.framing === 'records') {
    await verifyRecords(parsed.payload);
    return;
  }
  if ((await sha256Hex(parsed.payload)) !== parsed.header.payload.sha256) {
    throw new RuleError('settings.backupChecksum');
  }
}

/**
 * Verifies, decrypts, decompresses and parses the payload into tables. Checks that every table's count equals
 * the header's. Throws a `settings.backup…` rule error on every kind of damage.
 */
export async function decodePayload(
  parsed: ParsedBackup,
  unlock: BackupUnlock | string = {},
  /** Turns each record as it is parsed (a consent's base64 scan into a Blob, so the text is not kept). */
  mapRow: (table: string, row: Record<string, unknown>) => unknown = (_table, row) => row,
): Promise<Map<string, unknown[]>> {
  const { header } = parsed;
  const keys = typeof unlock === 'string' ? { password: unlock } : unlock;
  const tables = new Map<string, unknown[]>();
  for (const table of Object.keys(header.counts)) tables.set(table, []);
  let lineNo = 0;
  const onLine = (line: string) => {
    lineNo += 1;
    if (line === '') return;
    let chunk: unknown;
    try {
      chunk = JSON.parse(line);
    } catch {
      throw new RuleError('settings.backupPayloadLineNotJson', { line: lineNo });
    }
    if (!isRecord(chunk) || typeof chunk.table !== 'string' || !Array.isArray(chunk.rows))
      throw new RuleError('settings.backupPayloadLineShape', { line: lineNo });
    const rows = tables.get(chunk.table);
    if (!rows) throw new RuleError('settings.backupPayloadTableUnlisted', { table: chunk.table });
    for (const row of chunk.rows as unknown[]) {
      if (!isRecord(row))
        throw new RuleError('settings.backupPayloadRowNotObject', { line: lineNo, table: chunk.table });
      rows.push(mapRow(chunk.table, row));
    }
  };

  if (header.payload.framing === 'records') {
    // From a file: read again record by record, each checked once more (the file may have changed since).
    const records = parsed.source ? sourceRecords(parsed.source) : await verifyRecords(parsed.payload);
    try {
      await readRecordLines(records, parsed.headerText, header.encryption, keys, onLine);
    } catch (error) {
      if (error instanceof RuleError) throw error;
      throw new RuleError('settings.backupPayloadNotGzip');
    }
  } else {
    await verifyPayload(parsed);
    let compressed = parsed.payload;
    if (header.encryption) {
      const aad =
        header.formatVersion >= 2
          ? authenticatedHeader(parsed.headerText, header.payload.sha256 ?? ZERO_SHA256)
          : undefined;
      compressed = await decryptPayload(compressed, header.encryption, keys, aad);
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await gunzip(compressed));
    } catch {
      throw new RuleError('settings.backupPayloadNotGzip');
    }
    for (const line of text.split('\n')) onLine(line);
  }
  for (const [table, expected] of Object.entries(header.counts)) {
    const got = tables.get(table)?.length ?? 0;
    if (got !== expected) throw new RuleError('settings.backupPayloadCount', { table, got, expected });
  }
  return tables;
}
