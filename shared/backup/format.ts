/**
 * The backup file (formats.md §6, docs/backup-format.md): a one-line JSON header, a line feed, then the
 * payload. The payload is the database as UTF-8 NDJSON (one line per chunk of one table), gzip-compressed and
 * optionally AES-GCM-encrypted. The SHA-256 covers the stored payload bytes, so damage is told apart from a
 * wrong password before anything is decrypted.
 *
 * Pure: only WebCrypto, TextEncoder/Decoder and (De)CompressionStream, which exist in browsers, Electron's
 * renderer and Node ≥ 18 alike. Knows nothing about the database; tables are plain names here.
 */

export const BACKUP_FORMAT_NAME = 'profproba-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000;
/** Refused above this: a header is a few kilobytes; a huge first line means a foreign file. */
export const MAX_HEADER_BYTES = 1024 * 1024;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const LINE_FEED = 0x0a;

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

export type BackupErrorCode =
  | 'not-backup'
  | 'header-damaged'
  | 'newer-format'
  | 'newer-schema'
  | 'truncated'
  | 'checksum'
  | 'password-required'
  | 'wrong-password'
  | 'payload-damaged';

/** A refusal to read a backup; `message` is for the person, `code` for the program. */
export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

/** One chunk of one table as it appears on a payload line. */
export interface BackupChunk {
  table: string;
  rows: unknown[];
}

// ---------------------------------------------------------------------------------------------------------
// Small byte helpers

function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const total = parts.reduce((n, p) => n + p.byteLength, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.byteLength;
  }
  return out;
}

/** WebCrypto and streams want an ArrayBuffer-backed view; copying also detaches us from the caller's buffer. */
function asBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer as ArrayBuffer;
}

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', asBuffer(bytes))));
}

async function pipeThrough(bytes: Uint8Array, transform: GenericTransformStream): Promise<Uint8Array> {
  const stream = new Blob([asBuffer(bytes)]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export function gzip(bytes: Uint8Array): Promise<Uint8Array> {
  return pipeThrough(bytes, new CompressionStream('gzip'));
}

export function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  return pipeThrough(bytes, new DecompressionStream('gzip'));
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

// ---------------------------------------------------------------------------------------------------------
// Writing

export interface EncodeBackupInput {
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
  /** The database as chunks, in table order; a table may span several chunks. */
  chunks: Iterable<BackupChunk>;
  /** Encrypts the payload when given (non-empty). */
  password?: string;
  /** For tests only: fewer iterations make them fast. Never below the documented minimum in the app. */
  iterations?: number;
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

  let payload = await gzip(plain);
  let encryption: BackupEncryption | null = null;
  if (input.password) {
    const iterations = input.iterations ?? PBKDF2_ITERATIONS;
    const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
    const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
    const key = await deriveKey(input.password, salt, iterations);
    payload = new Uint8Array(
      await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv: asBuffer(iv), tagLength: 128 },
        key,
        asBuffer(payload),
      ),
    );
    encryption = {
      algorithm: 'AES-GCM',
      keyLength: 256,
      tagLength: 128,
      kdf: 'PBKDF2-SHA-256',
      iterations,
      salt: toBase64(salt),
      iv: toBase64(iv),
    };
  }

  const header: BackupHeader = {
    format: BACKUP_FORMAT_NAME,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: input.appVersion,
    schemaVersion: input.schemaVersion,
    createdAt: input.createdAt,
    counts,
    payload: {
      content: 'ndjson',
      compression: 'gzip',
      byteLength: payload.byteLength,
      sha256: await sha256Hex(payload),
    },
    encryption,
  };
  // JSON.stringify without indentation never emits a raw line feed, so the first LF ends the header.
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  return concatBytes([headerBytes, new Uint8Array([LINE_FEED]), payload]);
}

// ---------------------------------------------------------------------------------------------------------
// Reading

export interface ParsedBackup {
  header: BackupHeader;
  /** The stored payload bytes (a view into the file). */
  payload: Uint8Array;
}

const NOT_BACKUP =
  'Это не резервная копия ПрофПробы: в начале файла нет заголовка «profproba-backup». Выберите файл с расширением .profproba-backup.';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function headerDamaged(detail: string): BackupError {
  return new BackupError(
    'header-damaged',
    `Заголовок резервной копии повреждён (${detail}). Файл нельзя восстановить; возьмите другую копию.`,
  );
}

function validateEncryption(value: unknown): BackupEncryption | null {
  if (value === null) return null;
  if (!isRecord(value)) throw headerDamaged('поле encryption');
  const { algorithm, kdf, iterations, salt, iv } = value;
  if (algorithm !== 'AES-GCM' || kdf !== 'PBKDF2-SHA-256')
    throw headerDamaged(`неизвестный способ шифрования ${String(algorithm)}/${String(kdf)}`);
  if (typeof iterations !== 'number' || !Number.isInteger(iterations) || iterations < 1)
    throw headerDamaged('поле encryption.iterations');
  if (typeof salt !== 'string' || typeof iv !== 'string')
    throw headerDamaged('соль или вектор инициализации');
  try {
    if (fromBase64(iv).length !== IV_BYTES || fromBase64(salt).length < 8) throw new Error('length');
  } catch {
    throw headerDamaged('соль или вектор инициализации');
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
    throw new BackupError('not-backup', NOT_BACKUP);
  }
  if (end < 0) {
    throw new BackupError(
      'truncated',
      'Файл резервной копии обрезан: заголовок не закончен. Возможно, файл скопирован не полностью; возьмите другую копию.',
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(file.subarray(0, end)));
  } catch {
    throw headerDamaged('заголовок не читается как JSON');
  }
  if (!isRecord(raw) || raw.format !== BACKUP_FORMAT_NAME) throw new BackupError('not-backup', NOT_BACKUP);

  const { formatVersion, appVersion, schemaVersion, createdAt, counts, payload } = raw;
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1)
    throw headerDamaged('поле formatVersion');
  if (formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      'newer-format',
      `Резервная копия записана в более новом формате (версия ${formatVersion}; эта программа понимает версию ${BACKUP_FORMAT_VERSION}). Обновите ПрофПробу, чтобы восстановить её.`,
    );
  }
  if (typeof appVersion !== 'string') throw headerDamaged('поле appVersion');
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1)
    throw headerDamaged('поле schemaVersion');
  if (schemaVersion > currentSchemaVersion) {
    throw new BackupError(
      'newer-schema',
      `Резервная копия создана более новой версией ПрофПробы (${appVersion}, схема данных ${schemaVersion}; в этой программе — схема ${currentSchemaVersion}). Обновите ПрофПробу, затем восстановите копию. Текущие данные не изменены.`,
    );
  }
  if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt)))
    throw headerDamaged('поле createdAt');
  if (
    !isRecord(counts) ||
    !Object.values(counts).every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0)
  )
    throw headerDamaged('поле counts');
  if (
    !isRecord(payload) ||
    payload.content !== 'ndjson' ||
    payload.compression !== 'gzip' ||
    typeof payload.byteLength !== 'number' ||
    typeof payload.sha256 !== 'string' ||
    !/^[0-9a-f]{64}$/.test(payload.sha256)
  )
    throw headerDamaged('поле payload');
  const encryption = validateEncryption(raw.encryption ?? null);

  const stored = file.subarray(end + 1);
  if (stored.byteLength < payload.byteLength) {
    throw new BackupError(
      'truncated',
      `Файл резервной копии обрезан: в нём ${stored.byteLength} байт данных из ${payload.byteLength}. Возможно, файл скопирован не полностью; возьмите другую копию.`,
    );
  }
  if (stored.byteLength > payload.byteLength) {
    throw new BackupError(
      'checksum',
      'Файл резервной копии повреждён: после данных есть лишние байты. Возьмите другую копию.',
    );
  }
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

/** Checks the SHA-256 of the stored payload against the header. */
export async function verifyPayload(parsed: ParsedBackup): Promise<void> {
  if ((await sha256Hex(parsed.payload)) !== parsed.header.payload.sha256) {
    throw new BackupError(
      'checksum',
      'Контрольная сумма резервной копии не совпадает: файл повреждён (например, при копировании). Восстановить его нельзя; возьмите другую копию.',
    );
  }
}

/**
 * Verifies, decrypts, decompresses and parses the payload into tables. Checks that every table's count equals
 * the header's. Throws BackupError with a Russian message on every kind of damage.
 */
export async function decodePayload(
  parsed: ParsedBackup,
  password?: string,
): Promise<Map<string, unknown[]>> {
  await verifyPayload(parsed);
  const { header } = parsed;
  let compressed = parsed.payload;
  if (header.encryption) {
    if (!password) {
      throw new BackupError(
        'password-required',
        'Резервная копия зашифрована паролем. Введите пароль, с которым её сохраняли.',
      );
    }
    const { salt, iv, iterations } = header.encryption;
    const key = await deriveKey(password, fromBase64(salt), iterations);
    try {
      compressed = new Uint8Array(
        await crypto.subtle.decrypt(
          { name: 'AES-GCM', iv: asBuffer(fromBase64(iv)), tagLength: 128 },
          key,
          asBuffer(compressed),
        ),
      );
    } catch {
      // The checksum matched, so the bytes are intact: a failed authentication tag means another key.
      throw new BackupError(
        'wrong-password',
        'Неверный пароль: расшифровать резервную копию не удалось. Проверьте раскладку клавиатуры и Caps Lock.',
      );
    }
  }

  const damaged = (detail: string) =>
    new BackupError(
      'payload-damaged',
      `Данные резервной копии повреждены (${detail}). Возьмите другую копию.`,
    );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await gunzip(compressed));
  } catch {
    throw damaged('не распаковываются');
  }

  const tables = new Map<string, unknown[]>();
  for (const table of Object.keys(header.counts)) tables.set(table, []);
  let lineNo = 0;
  for (const line of text.split('\n')) {
    lineNo += 1;
    if (line === '') continue;
    let chunk: unknown;
    try {
      chunk = JSON.parse(line);
    } catch {
      throw damaged(`строка ${lineNo} не читается как JSON`);
    }
    if (!isRecord(chunk) || typeof chunk.table !== 'string' || !Array.isArray(chunk.rows))
      throw damaged(`строка ${lineNo}: нет полей table и rows`);
    const rows = tables.get(chunk.table);
    if (!rows) throw damaged(`таблица «${chunk.table}» не указана в заголовке`);
    for (const row of chunk.rows as unknown[]) {
      if (!isRecord(row)) throw damaged(`строка ${lineNo}: запись таблицы «${chunk.table}» — не объект`);
      rows.push(row);
    }
  }
  for (const [table, expected] of Object.entries(header.counts)) {
    const got = tables.get(table)?.length ?? 0;
    if (got !== expected) throw damaged(`в таблице «${table}» ${got} записей, а в заголовке ${expected}`);
  }
  return tables;
}
