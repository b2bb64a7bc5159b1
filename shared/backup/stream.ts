import { Gunzip, Gzip } from 'fflate';
import { RuleError } from '../errors';
import { asBuffer, concatBytes, fromBase64, LINE_FEED, toHex } from './bytes';
import {
  hasLock,
  makeKeySlots,
  open,
  seal,
  unwrapPayloadKey,
  type BackupLock,
  type BackupUnlock,
} from './crypto';
import { BACKUP_FORMAT_NAME, type BackupHeader } from './header';

/**
 * Backup format 3 (docs/backup-format.md §8): the payload is a sequence of framed records, each at most
 * `RECORD_BYTES` of the gzip stream, each with its own SHA-256 and, when encrypted, its own AES-GCM seal (IV from
 * a counter, the header line and the record's index and end flag as additional data); the last record carries
 * the end flag, so a truncated file is told from a whole one. So a backup is written and read a record at a
 * time: nothing holds the whole database as one byte buffer. Pure (WebCrypto and fflate only).
 */

export const STREAM_FORMAT_VERSION = 3;
/** Plaintext (gzip) bytes per record: 1 MiB. */
export const RECORD_BYTES = 1024 * 1024;
/** length (u32 BE) + flags (u8) + SHA-256 of the stored body (32 bytes). */
export const RECORD_HEAD_BYTES = 4 + 1 + 32;
const FINAL = 1;
/** A stored body above this is refused before it is read (a record is 1 MiB plus the 16-byte tag). */
const MAX_STORED_BODY = RECORD_BYTES + 16;

/** The IV of record `index`: the header's random 12-byte IV with its last four bytes XOR the index. */
function recordIv(base: Uint8Array, index: number): Uint8Array {
  const iv = base.slice();
  const view = new DataView(iv.buffer);
  view.setUint32(8, view.getUint32(8) ^ index);
  return iv;
}

/** The additional data of record `index`: the header line as stored, the index (u32 BE), the flags byte. */
function recordAad(headerBytes: Uint8Array, index: number, flags: number): Uint8Array {
  const aad = new Uint8Array(headerBytes.byteLength + 5);
  aad.set(headerBytes);
  new DataView(aad.buffer).setUint32(headerBytes.byteLength, index);
  aad[headerBytes.byteLength + 4] = flags;
  return aad;
}

async function digest(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', asBuffer(bytes)));
}

export interface StreamWriterInput {
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
  /** Records per table, every table of the schema, in the order they are written (known before writing). */
  counts: Record<string, number>;
}

/**
 * Writes a format-3 file to `sink` a part at a time: first the header line, then one framed record per
 * `RECORD_BYTES` of compressed NDJSON. Feed table lines with `writeLine` (each a complete NDJSON line), then
 * `finish`. `sink` may keep the parts (as Blobs) or append them to a file; the writer keeps at most one record.
 */
export type StreamKeys = Awaited<ReturnType<typeof makeKeySlots>> | null;

/** The payload key and its slots (PBKDF2 runs here): made before the database is read. */
export async function streamKeys(lock: BackupLock | undefined): Promise<StreamKeys> {
  return hasLock(lock) ? makeKeySlots(lock) : null;
}

export async function openStreamWriter(
  input: StreamWriterInput,
  keys: StreamKeys,
  sink: (part: Uint8Array) => Promise<void>,
): Promise<{ writeLine(line: Uint8Array): Promise<void>; finish(): Promise<void> }> {
  const header: Omit<BackupHeader, 'payload'> & {
    payload: { content: 'ndjson'; compression: 'gzip'; framing: 'records'; recordBytes: number };
  } = {
    format: BACKUP_FORMAT_NAME,
    formatVersion: STREAM_FORMAT_VERSION,
    appVersion: input.appVersion,
    schemaVersion: input.schemaVersion,
    createdAt: input.createdAt,
    counts: input.counts,
    payload: { content: 'ndjson', compression: 'gzip', framing: 'records', recordBytes: RECORD_BYTES },
    encryption: keys?.encryption ?? null,
  };
  // JSON.stringify without indentation never emits a raw line feed, so the first LF ends the header.
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  await sink(concatBytes([headerBytes, new Uint8Array([LINE_FEED])]));
  const baseIv = keys ? fromBase64(keys.encryption.iv) : null;

  let index = 0;
  const emit = async (body: Uint8Array, flags: number) => {
    const stored =
      keys && baseIv
        ? await seal(keys.payloadKey, recordIv(baseIv, index), body, recordAad(headerBytes, index, flags))
        : body;
    const record = new Uint8Array(RECORD_HEAD_BYTES + stored.byteLength);
    const view = new DataView(record.buffer);
    view.setUint32(0, stored.byteLength);
    record[4] = flags;
    record.set(await digest(stored), 5);
    record.set(stored, RECORD_HEAD_BYTES);
    index += 1;
    await sink(record);
  };

  // fflate's Gzip hands its output back synchronously; full records are cut from it and written in order.
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const gzip = new Gzip({ level: 6 }, (data) => {
    pending.push(data);
    pendingBytes += data.byteLength;
  });
  const flushFull = async () => {
    while (pendingBytes >= RECORD_BYTES) {
      const all = concatBytes(pending);
      pending = [all.slice(RECORD_BYTES)];
      pendingBytes = pending[0]!.byteLength;
      await emit(all.subarray(0, RECORD_BYTES), 0);
    }
  };
  return {
    async writeLine(line) {
      gzip.push(line, false);
      await flushFull();
    },
    async finish() {
      gzip.push(new Uint8Array(0), true);
      await flushFull();
      await emit(concatBytes(pending), FINAL);
      pending = [];
      pendingBytes = 0;
    },
  };
}

export interface FramedRecord {
  flags: number;
  body: Uint8Array;
}

/** Where a format-3 payload is read from: bytes in memory, or a file (a Blob) read a slice at a time. */
export interface PayloadSource {
  size: number;
  read(start: number, end: number): Promise<Uint8Array>;
}

export function bytesSource(bytes: Uint8Array): PayloadSource {
  return { size: bytes.byteLength, read: async (start, end) => bytes.subarray(start, end) };
}

/**
 * The records of a format-3 payload one at a time, each read from `source` and its SHA-256 checked as it comes:
 * a damaged record, a missing end record (truncated) or bytes after it are refused. Holds one record at a time.
 */
export async function* sourceRecords(source: PayloadSource): AsyncGenerator<FramedRecord> {
  let offset = 0;
  for (;;) {
    if (offset + RECORD_HEAD_BYTES > source.size)
      throw new RuleError('settings.backupTruncated', {
        got: source.size,
        expected: offset + RECORD_HEAD_BYTES,
      });
    const head = await source.read(offset, offset + RECORD_HEAD_BYTES);
    const length = new DataView(head.buffer, head.byteOffset, RECORD_HEAD_BYTES).getUint32(0);
    const flags = head[4]!;
    if (length > MAX_STORED_BODY || (flags & ~FINAL) !== 0) throw new RuleError('settings.backupChecksum');
    const start = offset + RECORD_HEAD_BYTES;
    if (start + length > source.size)
      throw new RuleError('settings.backupTruncated', { got: source.size, expected: start + length });
    const body = await source.read(start, start + length);
    if (toHex(await digest(body)) !== toHex(head.subarray(5))) throw new RuleError('settings.backupChecksum');
    yield { flags, body };
    offset = start + length;
    if (flags & FINAL) break;
  }
  if (offset !== source.size) throw new RuleError('settings.backupTrailingBytes');
}

/**
 * Splits a format-3 payload into its records and checks each one's SHA-256 (before any password is asked for):
 * a damaged record, a missing end record (truncated) or bytes after it are refused.
 */
export async function verifyRecords(payload: Uint8Array): Promise<FramedRecord[]> {
  const records: FramedRecord[] = [];
  for await (const record of sourceRecords(bytesSource(payload))) records.push(record);
  return records;
}

/** The same checks over a file read a record at a time, keeping nothing (the restore reads it again). */
export async function verifySource(source: PayloadSource): Promise<void> {
  for await (const record of sourceRecords(source)) void record;
}

/**
 * Decrypts (when encrypted) and decompresses the records one at a time and hands every complete NDJSON line to
 * `onLine` as text. Record order and the end flag are authenticated: a swapped, dropped or added record fails.
 */
export async function readRecordLines(
  records: Iterable<FramedRecord> | AsyncIterable<FramedRecord>,
  headerText: string,
  encryption: BackupHeader['encryption'],
  unlock: BackupUnlock,
  onLine: (line: string) => void,
): Promise<void> {
  const headerBytes = new TextEncoder().encode(headerText);
  let key: Uint8Array | null = null;
  let baseIv: Uint8Array | null = null;
  if (encryption) {
    if (!('keys' in encryption)) throw new RuleError('settings.backupHeaderField', { field: 'encryption' });
    key = await unwrapPayloadKey(encryption, unlock);
    baseIv = fromBase64(encryption.iv);
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let carry = '';
  let failure: unknown = null;
  const gunzip = new Gunzip((data, final) => {
    try {
      const text = carry + decoder.decode(data, { stream: !final });
      const lines = text.split('\n');
      carry = lines.pop() ?? '';
      for (const line of lines) onLine(line);
    } catch (error) {
      failure ??= error;
    }
  });
  let index = -1;
  for await (const record of records) {
    index += 1;
    let plain = record.body;
    if (key && baseIv) {
      try {
        plain = await open(
          key,
          recordIv(baseIv, index),
          record.body,
          recordAad(headerBytes, index, record.flags),
        );
      } catch {
        // The key unwrapped, so the password was right: the header or the records' order was changed.
        throw new RuleError('settings.backupHeaderTampered');
      }
    }
    try {
      gunzip.push(plain, (record.flags & FINAL) !== 0);
    } catch {
      throw new RuleError('settings.backupPayloadNotGzip');
    }
    if (failure) throw failure;
  }
  if (carry !== '') onLine(carry);
}
