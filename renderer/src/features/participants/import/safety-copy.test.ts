import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openBackup } from '../../../db/backup/restore-backup';
import { db } from '../../../db';
import { loadDemoVenue } from '../../../db/repos/demo-repo';
import { safetyCopyBeforeChange } from './safety-copy';

/** The desktop adapter's part the copy uses: a backups folder and this PC's key store (a stand-in). */
const written = vi.hoisted(() => [] as { fileName: string; data: Blob; keepDays?: number }[]);
vi.mock('../../../platform', () => ({
  platform: {
    appVersion: async () => '0.1.0',
    protectKey: async (key: Uint8Array) => new Uint8Array([0x50, ...key.map((b) => b ^ 0x5a)]),
    unprotectKey: async (wrapped: Uint8Array) => wrapped.subarray(1).map((b) => b ^ 0x5a),
    writeAutoBackup: async (fileName: string, data: Blob, _keep: number, keepDays?: number) => {
      written.push({ fileName, data, keepDays });
      return `/backups/${fileName}`;
    },
  },
}));

afterEach(async () => {
  written.length = 0;
  await db.transaction('rw', db.tables, async () => {
    for (const t of db.tables) await t.clear();
  });
});

describe('the safety copy before an import', () => {
  it('is encrypted like every copy the app writes by itself, and pruned by age', async () => {
    await loadDemoVenue('2026-11-24', db);
    const surname = (await db.participants.toCollection().first())!.lastName;
    const name = await safetyCopyBeforeChange(new Date(2026, 10, 24, 9, 5, 7));
    expect(name).toBe('before-import-2026-11-24-090507.profproba-backup');
    expect(written).toHaveLength(1);
    const { data, keepDays } = written[0]!;
    expect(keepDays).toBe(30);
    // No pupil's name in the bytes, in UTF-8 or UTF-16.
    const bytes = Buffer.from(await data.arrayBuffer());
    expect(bytes.includes(Buffer.from(surname, 'utf8'))).toBe(false);
    expect(bytes.includes(Buffer.from(surname, 'utf16le'))).toBe(false);
    const { header } = openBackup(name!, new Uint8Array(bytes));
    expect(
      header.encryption && 'keys' in header.encryption && header.encryption.keys.map((k) => k.kind),
    ).toEqual(['device']);
  });

  it('writes nothing for an empty database', async () => {
    expect(await safetyCopyBeforeChange()).toBeNull();
    expect(written).toEqual([]);
  });
});
