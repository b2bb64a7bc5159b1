import type { Table } from 'dexie';
import { describeError, isCancelled, isRuleError, RuleError } from '@shared/errors';
import {
  decodePayload,
  parseBackup,
  parseBackupSource,
  verifyPayload,
  type BackupHeader,
  type BackupUnlock,
  type ParsedBackup,
} from '@shared/backup/format';
import type { PayloadSource } from '@shared/backup/stream';
import { formatDateTime } from '@shared/dates';
import { db as defaultDb, SCHEMA_VERSION, type ProfprobaDb } from '../index';
import { logAction } from '../repos/audit-repo';
import type { SettingValues } from '../repos/settings-repo';
import { CHUNK_SIZE, throwIfCancelled, type ProgressListener } from './progress';
import { upgradeTables } from './upgrade';
import { scanRowFromFile, scansFromFile } from './scans';
import { validateRecords } from './validate-records';

/** A backup file whose header has been read and checked (no password needed for that). */
export interface OpenedBackup {
  fileName: string;
  header: BackupHeader;
  parsed: ParsedBackup;
}

/** A backup fully verified, decrypted and brought to the current schema: ready to replace the database. */
export interface DecodedBackup extends OpenedBackup {
  tables: Map<string, unknown[]>;
  /** Records per table after the upgrade (what the database will hold). */
  counts: Record<string, number>;
}

/**
 * Settings that describe this computer's backup history and interface, not the venue's data: a restore keeps
 * the current values where there are any, so «Последняя резервная копия» keeps telling the truth.
 */
const DEVICE_SETTINGS: readonly (keyof SettingValues)[] = [
  'language',
  'lastBackupAt',
  'autoBackupKeep',
  'lastAutoBackupAt',
  'lastAutoBackupError',
  'safetyCopyDays',
  'backupPasswordKey',
];

/** Reads the header. Throws a `settings.backup…` rule error for a foreign, damaged, truncated or newer file. */
export function openBackup(fileName: string, bytes: Uint8Array): OpenedBackup {
  const parsed = parseBackup(bytes, SCHEMA_VERSION);
  return { fileName, header: parsed.header, parsed };
}

/**
 * Reads the header of a backup file without reading the file whole (docs/backup-format.md §8): a format-3 file is
 * then checked and decoded a record at a time, sliced from the Blob (a File stays on disk); formats 1 and 2 are
 * read whole, as before.
 */
export async function openBackupFile(fileName: string, file: Blob | PayloadSource): Promise<OpenedBackup> {
  const source =
    file instanceof Blob
      ? {
          size: file.size,
          read: async (start: number, end: number) =>
            new Uint8Array(await file.slice(start, end).arrayBuffer()),
        }
      : file;
  const parsed = await parseBackupSource(source, SCHEMA_VERSION);
  return { fileName, header: parsed.header, parsed };
}

/**
 * Checks the stored payload's length and SHA-256 (docs/backup-format.md §5 step 7): called when the file is
 * opened, before a password is asked for, so a damaged file is said to be damaged, not «wrong password».
 */
export async function checkBackup(opened: OpenedBackup): Promise<void> {
  await verifyPayload(opened.parsed);
}

/**
 * Verifies the checksum, decrypts, parses, upgrades an older schema and checks every record with the zod
 * schemas of `shared/` (`firstBadRecord`). Nothing is written to the database;
 * every kind of damage throws a rule error with its own code.
 */
export async function decodeBackup(
  opened: OpenedBackup,
  unlock?: BackupUnlock | string,
  onProgress?: ProgressListener,
): Promise<DecodedBackup> {
  onProgress?.({ phase: 'decode', done: 0, total: 1 });
  const raw = await decodePayload(opened.parsed, unlock, scanRowFromFile);
  const upgraded = await upgradeTables(opened.header.schemaVersion, raw);
  // In a worker: a venue-year is hundreds of thousands of records, the window must not freeze meanwhile.
  const bad = await validateRecords(upgraded, onProgress);
  if (bad) throw new RuleError('settings.backupRecordInvalid', { ...bad });
  // A v3 file holds scans as base64; the database holds Blobs (older files' scans became Blobs in the upgrade).
  const tables = scansFromFile(upgraded);
  onProgress?.({ phase: 'decode', done: 1, total: 1 });
  const counts = Object.fromEntries([...tables].map(([name, rows]) => [name, rows.length]));
  return { ...opened, tables, counts };
}

export async function countTables(db: ProfprobaDb = defaultDb): Promise<Record<string, number>> {
  return db.transaction('r', db.tables, async () => {
    const out: Record<string, number> = {};
    for (const table of db.tables) out[table.name] = await table.count();
    return out;
  });
}

export function totalRecords(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

/**
 * Replaces EVERY table with the backup's records in ONE read-write transaction over all tables and writes
 * the 'restore' audit entry in it: if anything fails (a constraint, a quota, a closed tab), IndexedDB rolls
 * the whole transaction back and the database stays exactly as it was.
 */
export async function replaceDatabase(
  backup: DecodedBackup,
  {
    db = defaultDb,
    onProgress,
    safetyCopyName = null,
    signal,
  }: {
    db?: ProfprobaDb;
    onProgress?: ProgressListener;
    safetyCopyName?: string | null;
    /** «Прервать» while writing: the transaction is aborted, so nothing changes. */
    signal?: AbortSignal;
  } = {},
): Promise<void> {
  const known = new Set(db.tables.map((t) => t.name));
  for (const name of backup.tables.keys()) {
    if (!known.has(name)) {
      throw new RuleError('settings.backupTableNotInDatabase', { table: name });
    }
  }
  const total = totalRecords(backup.counts);
  try {
    await db.transaction('rw', db.tables, async () => {
      const device = await db.settings.bulkGet([...DEVICE_SETTINGS]);
      for (const table of db.tables) await table.clear();
      let done = 0;
      onProgress?.({ phase: 'write', done, total });
      for (const table of db.tables as Table[]) {
        const rows = backup.tables.get(table.name) ?? [];
        for (let i = 0; i < rows.length; i += CHUNK_SIZE) {
          throwIfCancelled(signal);
          const slice = rows.slice(i, i + CHUNK_SIZE);
          await table.bulkAdd(slice);
          done += slice.length;
          onProgress?.({ phase: 'write', table: table.name, done, total });
        }
      }
      const keep = device.filter((row) => row !== undefined);
      if (keep.length > 0) await db.settings.bulkPut(keep);
      // The venue password key is wrapped by the PC that set it: another PC's copy of it opens nothing here.
      if (!keep.some((row) => row.key === 'backupPasswordKey')) await db.settings.delete('backupPasswordKey');
      // Counts and dates only: a file name may carry a pupil's or a school's name (152-ФЗ, issue 17).
      await logAction(
        'restore',
        'database',
        'database',
        {
          code: safetyCopyName ? 'backupRestoredWithCopy' : 'backupRestored',
          params: {
            // The app writes dates as ДД.ММ.ГГГГ in both languages, so the stamp is stored as shown.
            createdAt: formatDateTime(backup.header.createdAt),
            schema: backup.header.schemaVersion,
            count: total,
          },
        },
        db,
      );
    });
  } catch (error) {
    // The transaction was rolled back in every case: the words say the current data is unchanged.
    if (isRuleError(error) || isCancelled(error)) throw error;
    throw new RuleError('settings.restoreFailed', { detail: describeError(error) });
  }
}
