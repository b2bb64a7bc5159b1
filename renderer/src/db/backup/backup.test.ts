import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { encodeBackup } from '@shared/backup/format';
import { Cancelled, isRuleError, RuleError, type ErrorCode } from '@shared/errors';
import { SCHEMA_VERSION, type ProfprobaDb } from '../database';
import { wordsOf } from '../../i18n/test-words';
import { asVersion1, freshDbFactory, snapshot } from '../testing/test-db';
import { storesAt } from '../versions';
import { loadDemoVenue } from '../repos/demo-repo';
import { getSetting } from '../queries/settings';
import { setSetting } from '../repos/settings-repo';
import { runAutomaticBackup, saveSafetyCopy } from './auto-backup-core';
import { createBackup, readAllTables } from './export-backup';
import type { BackupProgress } from './progress';
import { checkBackup, decodeBackup, openBackup, replaceDatabase } from './restore-backup';
import { upgradeTables } from './upgrade';
import { backupUnlock, setVenueBackupPassword } from './backup-keys';

const asBytes = async (data: Uint8Array | Blob) =>
  data instanceof Blob ? new Uint8Array(await data.arrayBuffer()) : data;

/** The backup as one buffer: the tests open it as the restore does with a file read from disk. */
async function backupBytes(made: Promise<{ file: Blob; counts: Record<string, number> }>) {
  const { file, counts } = await made;
  return { bytes: new Uint8Array(await file.arrayBuffer()), counts };
}

const freshDb = freshDbFactory('backup-test');

async function demoDb(): Promise<ProfprobaDb> {
  const db = freshDb();
  await loadDemoVenue('2026-11-24', db);
  return db;
}

/** The whole restore path as the UI runs it, minus the dialogs. */
async function restore(db: ProfprobaDb, bytes: Uint8Array, password?: string) {
  const decoded = await decodeBackup(openBackup('copy.profproba-backup', bytes), password);
  await replaceDatabase(decoded, { db });
  return decoded;
}

async function expectRefusedUnchanged(
  db: ProfprobaDb,
  bytes: Uint8Array,
  code: ErrorCode,
  text: RegExp,
  password?: string,
) {
  const before = await snapshot(db);
  const error = await restore(db, bytes, password).then(
    () => null,
    (e: unknown) => e,
  );
  expect(isRuleError(error) && error.code).toBe(code);
  expect(wordsOf(error)).toMatch(text);
  expect(await snapshot(db)).toEqual(before);
}

const fast = { appVersion: '0.1.0', iterations: 1000 };

describe('backup and restore of the database', () => {
  it('round trip: the demo venue backed up, cleared and restored has every record of every table', async () => {
    const db = await demoDb();
    const before = await snapshot(db);
    const progress: BackupProgress[] = [];
    const { bytes, counts } = await backupBytes(
      createBackup({ db, ...fast, onProgress: (p) => progress.push(p) }),
    );
    expect(counts.participants).toBe(132);
    expect(progress.filter((p) => p.phase === 'read').at(-1)).toMatchObject({
      done: Object.values(counts).reduce((a, b) => a + b, 0),
    });

    await db.transaction('rw', db.tables, async () => {
      for (const t of db.tables) await t.clear();
    });
    expect(await db.participants.count()).toBe(0);

    await restore(db, bytes);
    const after = await snapshot(db);
    for (const table of Object.keys(before)) {
      if (table === 'journal') continue;
      expect(after[table], table).toEqual(before[table]);
    }
    // The journal is the file's plus the restore entry (the newest).
    const byTime = (rows: unknown[]) =>
      [...(rows as { at: string; id: string }[])].sort(
        (a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id),
      );
    expect(byTime(after.journal!).slice(0, -1)).toEqual(byTime(before.journal!));
    const entry = byTime(after.journal!).at(-1);
    expect(entry).toMatchObject({ action: 'restore', entityId: 'database' });
    // Counts and dates only, never the file's name (it may name a pupil or a school).
    expect(JSON.stringify(entry)).not.toContain('copy.profproba-backup');
  });

  it('encrypted round trip with a password', async () => {
    const db = await demoDb();
    const before = await snapshot(db);
    const { bytes } = await backupBytes(createBackup({ db, ...fast, password: 'Секрет 2026' }));
    await db.participants.clear();
    await restore(db, bytes, 'Секрет 2026');
    expect(await db.participants.toArray()).toEqual(before.participants);
  });

  it('pages through tables larger than one chunk with monotonic progress', async () => {
    const db = freshDb();
    await db.journal.bulkAdd(
      Array.from({ length: 4500 }, (_, i) => ({
        id: `entry-${i}`,
        at: '2026-11-24T06:00:00.000Z',
        action: 'import' as const,
        entity: 'participants',
        entityId: String(i),
        summary: `Импорт ${i}`,
      })),
    );
    const done: number[] = [];
    const chunks = await readAllTables(db, (p) => done.push(p.done));
    expect(chunks.filter((c) => c.table === 'journal').map((c) => c.rows.length)).toEqual([2000, 2000, 500]);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.at(-1)).toBe(4500);
  });

  describe('refusals leave the database unchanged', () => {
    it('a flipped byte', async () => {
      const db = await demoDb();
      const { bytes } = await backupBytes(createBackup({ db, ...fast }));
      bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 0x40;
      await expectRefusedUnchanged(
        db,
        bytes,
        'settings.backupChecksum',
        /Контрольная сумма резервной копии не совпадает/,
      );
    });

    it('a truncated file', async () => {
      const db = await demoDb();
      const { bytes } = await backupBytes(createBackup({ db, ...fast }));
      await expectRefusedUnchanged(
        db,
        bytes.subarray(0, bytes.length - 1000),
        'settings.backupTruncated',
        /обрезан/,
      );
    });

    it('a foreign JSON', async () => {
      const db = await demoDb();
      const foreign = new TextEncoder().encode(JSON.stringify({ formatName: 'dexie', data: { tables: [] } }));
      await expectRefusedUnchanged(
        db,
        foreign,
        'settings.backupNotBackup',
        /^Это не резервная копия ПрофПробы/,
      );
    });

    it('a record that fails its zod schema, naming the table and the record (nothing written)', async () => {
      const db = await demoDb();
      const chunks = await readAllTables(db);
      const participants = chunks.find((c) => c.table === 'participants')!;
      const victim = participants.rows[3] as { id: string; lastName: string };
      // What the card refuses (over 100 characters) and what would crash a screen (a grade of «12»).
      for (const [field, value] of [
        ['lastName', 'Я'.repeat(300)],
        ['grade', '12'],
      ] as const) {
        const rows = participants.rows.map((r) => (r === victim ? { ...victim, [field]: value } : r));
        const bytes = await encodeBackup(
          {
            appVersion: '0.1.0',
            schemaVersion: SCHEMA_VERSION,
            createdAt: new Date().toISOString(),
            chunks: chunks.map((c) => (c === participants ? { ...c, rows } : c)),
          },
          db.tables.map((t) => t.name),
        );
        await expectRefusedUnchanged(
          db,
          bytes,
          'settings.backupRecordInvalid',
          new RegExp(`«participants» \\(ключ ${victim.id}\\).*«${field}»`),
        );
      }
    });

    it('a damaged encrypted file is called damaged before a password is asked for', async () => {
      const db = await demoDb();
      const { bytes } = await backupBytes(createBackup({ db, ...fast, password: 'правильный' }));
      bytes[bytes.length - 7] = bytes[bytes.length - 7]! ^ 0x02;
      const opened = openBackup('copy.profproba-backup', bytes);
      await expect(checkBackup(opened)).rejects.toMatchObject({ code: 'settings.backupChecksum' });
    });

    it('a wrong password', async () => {
      const db = await demoDb();
      const { bytes } = await backupBytes(createBackup({ db, ...fast, password: 'правильный' }));
      await expectRefusedUnchanged(
        db,
        bytes,
        'settings.backupWrongPassword',
        /^Неверный пароль/,
        'неправильный',
      );
    });

    it('a newer schema', async () => {
      const db = await demoDb();
      const newer = await encodeBackup({
        appVersion: '9.0.0',
        schemaVersion: SCHEMA_VERSION + 1,
        createdAt: new Date().toISOString(),
        chunks: [{ table: 'venue', rows: [{ id: 'venue' }] }],
      });
      await expectRefusedUnchanged(
        db,
        newer,
        'settings.backupNewerSchema',
        /более новой версией ПрофПробы \(9\.0\.0/,
      );
    });

    it('a failure in the middle of writing rolls everything back', async () => {
      const db = await demoDb();
      const { bytes } = await backupBytes(createBackup({ db, ...fast }));
      const decoded = await decodeBackup(openBackup('x.profproba-backup', bytes));
      // A second enrollment of the same pupil in the same group breaks the unique index halfway through.
      const enrollments = decoded.tables.get('enrollments')!;
      enrollments.push({ ...(enrollments[0] as object), id: 'duplicate' });
      decoded.counts.enrollments = enrollments.length;
      await db.venue.update('venue', { shortName: 'Изменено после копии' });
      await db.participants.limit(5).delete();
      const before = await snapshot(db);
      const error = await replaceDatabase(decoded, { db }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(isRuleError(error) && error.code).toBe('settings.restoreFailed');
      expect(wordsOf(error)).toMatch(/^Восстановление не выполнено: .*Текущие данные не изменены\.$/s);
      expect(await snapshot(db)).toEqual(before);
    });
  });

  it('«Прервать» stops a backup, and rolls a restore back with nothing changed', async () => {
    const db = await demoDb();
    const stop = new AbortController();
    stop.abort();
    await expect(createBackup({ db, ...fast, signal: stop.signal })).rejects.toBeInstanceOf(Cancelled);

    const { bytes } = await backupBytes(createBackup({ db, ...fast }));
    const decoded = await decodeBackup(openBackup('x.profproba-backup', bytes));
    await db.venue.update('venue', { shortName: 'Изменено после копии' });
    const before = await snapshot(db);
    const midway = new AbortController();
    const restoring = replaceDatabase(decoded, {
      db,
      signal: midway.signal,
      // Cancel once some tables have already been cleared and refilled inside the transaction.
      onProgress: (p) => {
        if (p.table === 'participants') midway.abort();
      },
    });
    // The panel says «Восстановление прервано: текущие данные не изменены» for a cancellation.
    await expect(restoring).rejects.toBeInstanceOf(Cancelled);
    expect(await snapshot(db)).toEqual(before);
  });

  describe('schema upgrades', () => {
    it('a backup made by schema v1 restores into the current version with every record', async () => {
      const source = await demoDb();
      const v1Rows = asVersion1(await snapshot(source));
      const v1 = await encodeBackup(
        {
          appVersion: '0.1.0',
          schemaVersion: 1,
          createdAt: new Date().toISOString(),
          chunks: Object.entries(v1Rows).map(([table, rows]) => ({ table, rows })),
        },
        Object.keys(storesAt(1)),
      );
      const target = freshDb();
      await restore(target, v1);
      const after = await snapshot(target);
      for (const [table, rows] of Object.entries(v1Rows)) {
        if (table !== 'auditLog') expect(after[table], table).toEqual(rows);
      }
      // The file's journal entries (moved to `journal` by the v2 upgrade) plus the restore entry.
      expect(after.journal).toHaveLength(v1Rows.auditLog!.length + 1);
    });

    it('the temporary-database upgrade path keeps every record (exercised with v1)', async () => {
      const source = await demoDb();
      const v1Rows = asVersion1(await snapshot(source));
      const upgraded = Object.fromEntries(
        await upgradeTables(1, new Map(Object.entries(v1Rows)), { throughDatabase: true }),
      );
      for (const [table, rows] of Object.entries(v1Rows)) {
        if (table !== 'auditLog') expect(upgraded[table], table).toEqual(rows);
      }
      const strip = (rows: unknown[]) =>
        (rows as { id: unknown; at: string }[])
          .map(({ id: _id, ...rest }) => rest)
          .sort((a, b) => a.at.localeCompare(b.at));
      expect(strip(upgraded.journal!)).toEqual(strip(v1Rows.auditLog!));
      expect(upgraded.auditLog).toBeUndefined();
      // The temporary database is gone.
      expect((await Dexie.getDatabaseNames()).some((n) => n.startsWith('profproba-restore-'))).toBe(false);
    });
  });
});

/** A stand-in for safeStorage through IPC: only "this PC" undoes it. */
const thisPc = {
  protectKey: async (key: Uint8Array) => new Uint8Array([0x50, ...key.map((b) => b ^ 0x5a)]),
  unprotectKey: async (wrapped: Uint8Array) => {
    if (wrapped[0] !== 0x50) throw new Error('not this PC');
    return wrapped.subarray(1).map((b) => b ^ 0x5a);
  },
};

describe('automatic backups', () => {
  function fakePlatform(writes: string[] = []) {
    return {
      ...thisPc,
      appVersion: async () => '0.1.0',
      saveFile: vi.fn(async () => true),
      writeAutoBackup: vi.fn(async (fileName: string, _data: Uint8Array | Blob, keep: number) => {
        writes.push(`${fileName} keep=${keep}`);
        return `/backups/${fileName}`;
      }),
    };
  }

  it('writes auto-YYYY-MM-DD-HHMM once a day on first start, keeping N', async () => {
    const db = await demoDb();
    await setSetting('autoBackupKeep', 7, db);
    const writes: string[] = [];
    const platform = fakePlatform(writes);
    const morning = new Date(2026, 10, 24, 9, 5);
    expect(await runAutomaticBackup({ db, platform, now: morning })).toMatchObject({
      status: 'written',
      fileName: 'auto-2026-11-24-0905.profproba-backup',
    });
    expect(await runAutomaticBackup({ db, platform, now: new Date(2026, 10, 24, 17, 0) })).toEqual({
      status: 'not-due',
    });
    expect(await runAutomaticBackup({ db, platform, now: new Date(2026, 10, 25, 8, 0) })).toMatchObject({
      status: 'written',
    });
    expect(writes).toEqual([
      'auto-2026-11-24-0905.profproba-backup keep=7',
      'auto-2026-11-25-0800.profproba-backup keep=7',
    ]);
    expect(await getSetting('lastBackupAt', db)).toBe(new Date(2026, 10, 25, 8, 0).toISOString());
    // The written bytes are a valid backup of the whole database.
    const data = await asBytes(platform.writeAutoBackup.mock.calls[0]![1]);
    expect(openBackup('a', data).header.counts.participants).toBe(132);
  });

  it('does nothing in the web app or for an empty database, and records a failure', async () => {
    const db = await demoDb();
    expect(await runAutomaticBackup({ db, platform: { ...fakePlatform(), writeAutoBackup: null } })).toEqual({
      status: 'unsupported',
    });
    expect(await runAutomaticBackup({ db: freshDb(), platform: fakePlatform() })).toEqual({
      status: 'empty',
    });
    const broken = {
      ...fakePlatform(),
      writeAutoBackup: async () => {
        throw new Error('нет места на диске');
      },
    };
    const result = await runAutomaticBackup({ db, platform: broken });
    expect(result).toEqual({
      status: 'failed',
      message: 'нет места на диске',
    });
    expect(await getSetting('lastAutoBackupError', db)).toBe(result.status === 'failed' && result.message);
    // The settings page shows the stored detail in these words.
    expect(wordsOf(new RuleError('settings.autoBackupFailed', { detail: 'нет места на диске' }))).toBe(
      'Автоматическая резервная копия не сохранена: нет места на диске',
    );
  });

  it('encrypts every copy: no readable surname; opens here by the PC key, elsewhere with the venue password', async () => {
    const db = await demoDb();
    const surname = (await db.participants.toCollection().first())!.lastName;
    await setVenueBackupPassword('Пароль площадки 2026', { platform: thisPc, db, iterations: 1000 });
    const stored = await getSetting('backupPasswordKey', db);
    expect(stored?.protectedBy).toBe('device');
    const platform = fakePlatform();
    expect(await runAutomaticBackup({ db, platform, now: new Date(2026, 10, 24, 9, 5) })).toMatchObject({
      status: 'written',
    });
    const data = await asBytes(platform.writeAutoBackup.mock.calls[0]![1]);
    const latin1 = Buffer.from(data).toString('latin1');
    for (const encoding of ['utf8', 'utf16le'] as const)
      expect(latin1).not.toContain(Buffer.from(surname, encoding).toString('latin1'));
    const opened = openBackup('auto.profproba-backup', data);
    // Format 3 (framed records, written a record at a time); its header is authenticated record by record.
    expect(opened.header.formatVersion).toBe(3);
    const here = await decodeBackup(opened, backupUnlock(thisPc));
    expect(here.counts.participants).toBe(132);
    // A fresh profile on another PC: no device key, the venue password opens it.
    const elsewhere = backupUnlock({}, 'Пароль площадки 2026');
    expect((await decodeBackup(opened, elsewhere)).counts.participants).toBe(132);
    await expect(decodeBackup(opened, backupUnlock({}, 'не тот'))).rejects.toMatchObject({
      code: 'settings.backupWrongPassword',
    });
    // Restored on a fresh profile, the other PC's wrapped password key is not carried over (it opens nothing there).
    const fresh = freshDb();
    await replaceDatabase(await decodeBackup(opened, elsewhere), { db: fresh });
    expect(await getSetting('backupPasswordKey', fresh)).toBeNull();
    expect(await getSetting('backupPasswordKey', db)).not.toBeNull();
    // Changing the password needs the current one.
    await expect(
      setVenueBackupPassword('Новый пароль площадки', { platform: thisPc, db, current: 'не тот' }),
    ).rejects.toMatchObject({ code: 'settings.venuePasswordCurrentWrong' });
  });

  it('refuses to write a copy nobody could open: no venue password and no key store', async () => {
    const db = await demoDb();
    const platform = { ...fakePlatform(), protectKey: async () => null };
    const result = await runAutomaticBackup({ db, platform });
    expect(result).toMatchObject({ status: 'failed' });
    expect(platform.writeAutoBackup).not.toHaveBeenCalled();
    const web = { ...fakePlatform(), writeAutoBackup: null, protectKey: null, unprotectKey: null };
    await expect(saveSafetyCopy({ db, platform: web })).rejects.toMatchObject({
      code: 'settings.backupNoKey',
    });
    expect(web.saveFile).not.toHaveBeenCalled();
  });

  it('saves a copy of the current state before a restore (download in the web app)', async () => {
    const db = await demoDb();
    const platform = { ...fakePlatform(), writeAutoBackup: null, protectKey: null, unprotectKey: null };
    await setVenueBackupPassword('Пароль площадки 2026', { platform, db, iterations: 1000 });
    const name = await saveSafetyCopy({ db, platform, now: new Date(2026, 10, 24, 9, 5, 7) });
    expect(name).toBe('before-restore-2026-11-24-090507.profproba-backup');
    expect(platform.saveFile).toHaveBeenCalledOnce();
    // The download is encrypted with the venue password only (a browser has no key store).
    const [{ data }] = platform.saveFile.mock.calls[0] as unknown as [{ data: Blob }];
    const { header } = openBackup('copy', await asBytes(data));
    expect(
      header.encryption && 'keys' in header.encryption && header.encryption.keys.map((k) => k.kind),
    ).toEqual(['password']);
    expect(await saveSafetyCopy({ db: freshDb(), platform })).toBeNull();
  });
});
