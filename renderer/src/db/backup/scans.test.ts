import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { toBase64 } from '@shared/backup/bytes';
import { encodeBackup } from '@shared/backup/format';
import type { Consent } from '@shared/domain';
import type { ProfprobaDb } from '../database';
import { loadDemoVenue } from '../repos/demo-repo';
import { freshDbFactory, snapshot } from '../testing/test-db';
import { storesAt } from '../versions';
import { createBackup, readAllTables } from './export-backup';
import { decodeBackup, openBackup, replaceDatabase } from './restore-backup';
import { scansToFile } from './scans';

/** The backup as one buffer: the tests open it as the restore does with a file read from disk. */
async function backupBytes(made: Promise<{ file: Blob; counts: Record<string, number> }>) {
  const { file, counts } = await made;
  return { bytes: new Uint8Array(await file.arrayBuffer()), counts };
}

const freshDb = freshDbFactory('backup-scans');
const fast = { appVersion: '0.1.0', iterations: 1000 };

function bytesOf(seed: number, length: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 31 + seed * 7) & 0xff);
}

async function withScans(): Promise<{ db: ProfprobaDb; files: Map<string, Uint8Array> }> {
  const db = freshDb();
  await loadDemoVenue('2026-11-24', db);
  const people = await db.participants.limit(2).toArray();
  const files = new Map<string, Uint8Array>();
  const consents: Consent[] = people.map((p, i) => {
    const data = bytesOf(i + 1, 5000 + i);
    files.set(`scan-${i}`, data);
    return {
      id: `scan-${i}`,
      participantId: p.id,
      kind: 'personal-data',
      guardianName: 'Представитель',
      guardianRelation: 'мать',
      signedOn: '2026-09-01',
      validUntil: null,
      withdrawnOn: null,
      scan: {
        name: `скан-${i}.png`,
        type: 'image/png',
        blob: new Blob([data as BlobPart], { type: 'image/png' }),
      },
      createdAt: '2026-09-01T00:00:00.000Z',
      updatedAt: '2026-09-01T00:00:00.000Z',
    };
  });
  await db.consents.bulkAdd(consents);
  return { db, files };
}

async function expectScans(db: ProfprobaDb, files: Map<string, Uint8Array>) {
  for (const [id, data] of files) {
    const scan = (await db.consents.get(id))!.scan!;
    expect(scan.blob).toBeInstanceOf(Blob);
    expect(scan.type).toBe('image/png');
    expect(new Uint8Array(await scan.blob.arrayBuffer())).toEqual(data);
  }
}

describe('consent scans in backups', () => {
  it('are written as base64 in the file and restored as Blobs, byte for byte', async () => {
    const { db, files } = await withScans();
    const chunks = await scansToFile(await readAllTables(db));
    const rows = chunks.filter((c) => c.table === 'consents').flatMap((c) => c.rows) as {
      id: string;
      scan: unknown;
    }[];
    expect(rows.find((r) => r.id === 'scan-1')!.scan).toEqual({
      name: 'скан-1.png',
      type: 'image/png',
      base64: toBase64(files.get('scan-1')!),
    });

    const before = await snapshot(db);
    const { bytes } = await backupBytes(createBackup({ db, ...fast, password: 'Секрет 2026' }));
    await db.consents.clear();
    const decoded = await decodeBackup(openBackup('copy.profproba-backup', bytes), 'Секрет 2026');
    await replaceDatabase(decoded, { db });
    await expectScans(db, files);
    expect((await snapshot(db)).consents).toHaveLength(before.consents!.length);
  });

  it('a version-2 backup with data-URL scans restores them as Blobs', async () => {
    const { db, files } = await withScans();
    const tables = await snapshot(db);
    tables.consents = (tables.consents as Consent[]).map((c) =>
      c.scan
        ? {
            ...c,
            scan: {
              name: c.scan.name,
              type: c.scan.type,
              dataUrl: `data:image/png;base64,${toBase64(files.get(c.id)!)}`,
            },
          }
        : c,
    );
    const v2 = await encodeBackup(
      {
        appVersion: '0.1.0',
        schemaVersion: 2,
        createdAt: new Date().toISOString(),
        // A version-2 backup holds only the tables version 2 had.
        chunks: Object.entries(tables)
          .filter(([table]) => table in storesAt(2))
          .map(([table, rows]) => ({ table, rows })),
      },
      Object.keys(storesAt(2)),
    );
    const target = freshDb();
    await replaceDatabase(await decodeBackup(openBackup('v2.profproba-backup', v2)), { db: target });
    await expectScans(target, files);
  });
});
