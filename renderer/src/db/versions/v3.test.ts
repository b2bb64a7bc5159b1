import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { toBase64 } from '@shared/backup/bytes';
import type { Consent, LegacyStoredFile } from '@shared/domain';
import { ProfprobaDb } from '../database';
import { loadDemoVenue } from '../repos/demo-repo';
import { freshDbFactory, makeDatabaseAt, snapshot } from '../testing/test-db';

const freshDb = freshDbFactory('v3');

/** Pseudo-random bytes of every value 0–255, so a lossy decoding would show. */
function scanBytes(seed: number, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

describe('schema v3', () => {
  it('a version-2 database with data-URL scans opens and every scan is a Blob of the same bytes', async () => {
    const source = freshDb();
    await loadDemoVenue('2026-11-24', source);
    const rows = await snapshot(source);
    const participants = (rows.participants as { id: string }[]).slice(0, 3);
    const files = participants.map((_, i) => scanBytes(i + 1, 1000 + i * 777));
    const legacy: (Omit<Consent, 'scan'> & { scan: LegacyStoredFile | null })[] = participants.map(
      (p, i) => ({
        id: `scan-${i}`,
        participantId: p.id,
        kind: 'personal-data',
        guardianName: 'Представитель',
        guardianRelation: 'мать',
        signedOn: '2026-09-01',
        validUntil: null,
        withdrawnOn: null,
        scan: {
          name: `скан-${i}.${i === 2 ? 'pdf' : 'jpg'}`,
          type: i === 2 ? 'application/pdf' : 'image/jpeg',
          dataUrl: `data:${i === 2 ? 'application/pdf' : 'image/jpeg'};base64,${toBase64(files[i]!)}`,
        },
        createdAt: '2026-09-01T00:00:00.000Z',
        updatedAt: '2026-09-01T00:00:00.000Z',
      }),
    );
    rows.consents = [...(rows.consents as unknown[]), ...legacy];

    const name = `v3-upgrade-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    await makeDatabaseAt(name, 2, rows);

    const db = new ProfprobaDb(name);
    try {
      await db.open();
      // Opened by the newest version: every later upgrade ran too.
      expect(db.verno).toBeGreaterThanOrEqual(3);
      const after = await snapshot(db);
      // Every other record as it was.
      for (const [table, stored] of Object.entries(rows)) {
        if (table !== 'consents') expect(after[table], table).toEqual(stored);
      }
      expect(after.consents).toHaveLength(rows.consents.length);
      for (const [i, c] of legacy.entries()) {
        const stored = (await db.consents.get(c.id))!;
        const { scan: _scan, ...rest } = c;
        expect(stored).toMatchObject(rest);
        expect(stored.scan!.name).toBe(c.scan!.name);
        expect(stored.scan!.type).toBe(c.scan!.type);
        expect(stored.scan!.blob).toBeInstanceOf(Blob);
        expect(stored.scan!.blob.type).toBe(c.scan!.type);
        expect(new Uint8Array(await stored.scan!.blob.arrayBuffer())).toEqual(files[i]);
        expect(stored.scan).not.toHaveProperty('dataUrl');
      }
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });
});
