import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Consent } from '@shared/domain';
import { isRuleError } from '@shared/errors';
import { loadDemoVenue } from '../repos/demo-repo';
import { testConsent } from '../testing/records';
import { freshDbFactory, snapshot } from '../testing/test-db';
import { createBackup } from './export-backup';
import { checkBackup, decodeBackup, openBackupFile, replaceDatabase } from './restore-backup';

/**
 * A restore of a format-3 file reads it a record at a time from the Blob (docs/backup-format.md §8): it never
 * asks the file for all its bytes at once, keeps the scans as Blobs, and still writes nothing until every
 * record has been verified.
 */

const freshDb = freshDbFactory('restore-by-records');
const fast = { appVersion: '0.1.0', iterations: 1000 };

/** A file that refuses to be read whole: a read of all its bytes (or a slice of all of them) throws. */
class SliceOnlyFile extends Blob {
  override arrayBuffer(): Promise<ArrayBuffer> {
    throw new Error('the whole file was read into memory');
  }
  override slice(start = 0, end = this.size, type?: string): Blob {
    if (Math.min(end, this.size) - start >= this.size) throw new Error('the whole file was sliced');
    return super.slice(start, end, type);
  }
}

/** Random bytes: incompressible like a photographed consent, so the file spans several 1 MiB records. */
function randomBytes(length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i += 65536)
    crypto.getRandomValues(out.subarray(i, Math.min(length, i + 65536)));
  return out;
}

async function venueWithScan() {
  const db = freshDb();
  await loadDemoVenue('2026-11-24', db);
  const person = (await db.participants.limit(1).toArray())[0]!;
  const data = randomBytes(3 * 1024 * 1024);
  const consent = testConsent('scan-big', person.id, 'personal-data', {
    guardianName: 'Представитель',
    scan: {
      name: 'скан.jpg',
      type: 'image/jpeg',
      blob: new Blob([data as BlobPart], { type: 'image/jpeg' }),
    },
  });
  await db.consents.add(consent);
  const { file } = await createBackup({ db, ...fast, password: 'пароль площадки' });
  return { db, data, file };
}

async function fileOf(file: Blob, change?: (bytes: Uint8Array) => Uint8Array) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return new SliceOnlyFile([(change ? change(bytes) : bytes) as BlobPart]);
}

describe('restore a format-3 file record by record', () => {
  it('restores every record and the scan byte for byte without reading the file whole', async () => {
    const { db, data, file } = await venueWithScan();
    expect(file.size).toBeGreaterThan(3 * 1024 * 1024);
    const before = await snapshot(db);
    const opened = await openBackupFile('copy.profproba-backup', await fileOf(file));
    await checkBackup(opened);
    const decoded = await decodeBackup(opened, 'пароль площадки');
    // The scan waits for the write transaction as a Blob, not as base64 text.
    const scan = (decoded.tables.get('consents') as Consent[]).find((c) => c.id === 'scan-big')!.scan!;
    expect(scan.blob).toBeInstanceOf(Blob);

    await db.transaction('rw', db.tables, async () => {
      for (const t of db.tables) await t.clear();
    });
    await replaceDatabase(decoded, { db });
    const restored = (await db.consents.get('scan-big'))!.scan!;
    expect(Buffer.from(await restored.blob.arrayBuffer()).equals(Buffer.from(data))).toBe(true);
    const after = await snapshot(db);
    // The journal gained its 'restore' entry; every other table is as it was.
    for (const table of Object.keys(before).filter((t) => t !== 'journal'))
      expect(after[table], table).toEqual(before[table]);
  });

  it('refuses a damaged or truncated file before anything is written', async () => {
    const { db, file } = await venueWithScan();
    const before = await snapshot(db);
    const cases: [string, (b: Uint8Array) => Uint8Array, string][] = [
      // A byte in the middle of the scan's records.
      [
        'damaged',
        (b) => b.map((x, i) => (i === Math.floor(b.length / 2) ? x ^ 0xff : x)),
        'settings.backupChecksum',
      ],
      ['truncated', (b) => b.subarray(0, b.length - 100), 'settings.backupTruncated'],
      ['without its end record', (b) => b.subarray(0, b.length - 40), 'settings.backupTruncated'],
    ];
    for (const [what, change, code] of cases) {
      const error = await (async () => {
        const opened = await openBackupFile('copy.profproba-backup', await fileOf(file, change));
        await checkBackup(opened);
        await replaceDatabase(await decodeBackup(opened, 'пароль площадки'), { db });
      })().then(
        () => null,
        (e: unknown) => e,
      );
      expect(isRuleError(error) && error.code, what).toBe(code);
    }
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a record changed after the check, while decoding, and writes nothing', async () => {
    const { db, file } = await venueWithScan();
    const before = await snapshot(db);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const opened = await openBackupFile('copy.profproba-backup', new SliceOnlyFile([bytes as BlobPart]));
    await checkBackup(opened);
    // The file on disk changes between the check and the read (another program writes to it).
    const changed = bytes.slice();
    changed[changed.length - 10]! ^= 0xff;
    const swapped = await openBackupFile('copy.profproba-backup', new SliceOnlyFile([changed as BlobPart]));
    const error = await decodeBackup({ ...opened, parsed: swapped.parsed }, 'пароль площадки').then(
      () => null,
      (e: unknown) => e,
    );
    expect(isRuleError(error) && error.code).toBe('settings.backupChecksum');
    expect(await snapshot(db)).toEqual(before);
  });
});
