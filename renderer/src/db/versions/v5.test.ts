import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { encodeBackup } from '@shared/backup/format';
import type { Participant, PlatformTrial } from '@shared/domain';
import { fioKey, joinFio, searchWordsFor } from '@shared/text/fio';
import { normalizeKey } from '@shared/text/normalize';
import { trialsOfParts } from '@shared/reconcile/export-parts';
import { decodeBackup, openBackup, replaceDatabase } from '../backup/restore-backup';
import { ProfprobaDb } from '../database';
import { loadParticipantReconciliation, loadReconciliation } from '../queries/reconciliation';
import { loadDemoVenue } from '../repos/demo-repo';
import { freshDbFactory, makeDatabaseAt, snapshot } from '../testing/test-db';
import { storesAt } from '.';

const freshDb = freshDbFactory('v5');
const TODAY = '2026-11-24';

function byId(list: readonly PlatformTrial[]): PlatformTrial[] {
  return [...list].sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * What version 4 stored: the demo venue and a record per platform trial — 2 503 of one export (three parts),
 * some tied to the demo's pupils, some to nobody, an unpaired cell, and 2 of an older export another PC loaded.
 */
async function v4Tables(): Promise<Record<string, unknown[]>> {
  const source = freshDb();
  await loadDemoVenue(TODAY, source);
  const rows = await snapshot(source);
  const pupils = (rows.participants as { id: string }[]).slice(0, 10);
  const titles = (rows.programs as { title: string }[]).map((p) => p.title);
  const trial = (i: number, over: Partial<PlatformTrial> = {}): PlatformTrial => ({
    id: `trial-${String(i).padStart(5, '0')}`,
    participantId: i % 4 === 0 ? null : pupils[i % pupils.length]!.id,
    platformId: i % 2 ? `ID${i}` : null,
    name: titles[i % titles.length]!,
    date: i % 50 === 0 ? null : '2026-10-01',
    kind: i % 3 === 0 ? 'virtual' : 'in-person',
    fio: `Иванов Иван ${i}`,
    birthDate: '2011-01-01',
    rowNumber: 5 + Math.floor(i / 2),
    candidateDates: i % 50 === 0 ? ['2026-10-01', '2026-10-02'] : [],
    sourceFile: 'export.xlsx',
    exportedOn: '2026-11-20',
    importedAt: '2026-11-21T09:00:00.000Z',
    ...over,
  });
  const trials = [
    ...Array.from({ length: 2503 }, (_, i) => trial(i)),
    ...[0, 1].map((i) =>
      trial(9000 + i, {
        sourceFile: 'old.xlsx',
        exportedOn: '2026-09-01',
        importedAt: '2026-09-02T09:00:00.000Z',
      }),
    ),
  ];
  const v4 = storesAt(4);
  const out: Record<string, unknown[]> = {};
  for (const [table, list] of Object.entries(rows)) if (table in v4) out[table] = list;
  out.platformTrials = trials;
  return out;
}

describe('schema v5', () => {
  it('a version-4 database opens with every platform record kept, in parts of up to 1 000 per export', async () => {
    const name = `v5-upgrade-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const rows = await v4Tables();
    await makeDatabaseAt(name, 4, rows);

    const db = new ProfprobaDb(name);
    try {
      await db.open();
      expect(db.verno).toBeGreaterThanOrEqual(5);
      const after = await snapshot(db);
      expect(after.platformTrials).toBeUndefined();
      for (const [table, stored] of Object.entries(rows)) {
        if (table !== 'platformTrials') expect(after[table], table).toEqual(stored);
      }
      const parts = await db.platformExportParts.toArray();
      expect(parts.map((p) => [p.sourceFile, p.part, p.trials.length]).sort()).toEqual([
        ['export.xlsx', 0, 1000],
        ['export.xlsx', 1, 1000],
        ['export.xlsx', 2, 503],
        ['old.xlsx', 0, 2],
      ]);
      // Every record, with the same fields and the same tie to its pupil.
      const old = rows.platformTrials as PlatformTrial[];
      expect(byId(trialsOfParts(parts))).toEqual(byId(old));
      // The screens read them: the Сверка names the last export and counts every record; the card, the pupil's.
      const view = await loadReconciliation({ from: '2026-09-01', to: '2026-11-30' }, db);
      expect(view.source).toEqual({
        file: 'export.xlsx',
        exportedOn: '2026-11-20',
        importedAt: '2026-11-21T09:00:00.000Z',
        records: old.length,
      });
      const pupil = old[1]!.participantId!;
      const card = await loadParticipantReconciliation(pupil, db, TODAY);
      const theirs = old.filter((t) => t.participantId === pupil);
      // The card shows the pupil's records (picked from the parts), no one else's.
      const theirRows = new Set(theirs.map((t) => t.rowNumber));
      const shown = card.rows.flatMap((r) => (r.rowNumber === null ? [] : [r.rowNumber]));
      expect(shown.length).toBeGreaterThan(0);
      for (const n of shown) expect(theirRows.has(n), String(n)).toBe(true);
      expect(card.source?.records).toBe(old.length);
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });

  it('a version-4 backup with platform records restores them into parts', async () => {
    const rows = await v4Tables();
    const file = await encodeBackup(
      {
        appVersion: '0.1.0',
        schemaVersion: 4,
        createdAt: new Date().toISOString(),
        chunks: Object.entries(rows).map(([table, list]) => ({ table, rows: list })),
      },
      Object.keys(storesAt(4)),
    );
    const target = freshDb();
    await replaceDatabase(await decodeBackup(openBackup('v4.profproba-backup', file)), { db: target });
    const parts = await target.platformExportParts.toArray();
    expect(parts).toHaveLength(4);
    expect(byId(trialsOfParts(parts))).toEqual(byId(rows.platformTrials as PlatformTrial[]));
    expect(await target.participants.count()).toBe(rows.participants!.length);
  });

  it('makes again the keys of a name stored before look-alike letters were corrected, and only those', async () => {
    const name = `v5-keys-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const rows = await v4Tables();
    const stored = rows.participants as Participant[];
    // «Абpaмoв» with Latin р, а, о, keyed as version 4 keyed it before the correction: by the name as typed.
    const typed = { lastName: 'Абpaмoв', firstName: 'Илья', middleName: 'Олегович' };
    const staleKey = normalizeKey(joinFio(typed));
    const stale: Participant = {
      ...stored[0]!,
      ...typed,
      fioKey: staleKey,
      searchWords: staleKey.split(' '),
    };
    rows.participants = [stale, ...stored.slice(1)];
    await makeDatabaseAt(name, 4, rows);

    const db = new ProfprobaDb(name);
    try {
      await db.open();
      const after = await db.participants.get(stale.id);
      expect(after?.fioKey).toBe('абрамов илья олегович');
      expect(after?.fioKey).toBe(fioKey(typed));
      expect(after?.searchWords).toEqual(searchWordsFor(typed, stale.platformId));
      // The stored name is not changed, only its keys; the indexes find it by the corrected name.
      expect({ ...after, fioKey: staleKey, searchWords: stale.searchWords }).toEqual(stale);
      expect(await db.participants.where('fioKey').equals('абрамов илья олегович').count()).toBe(1);
      // Every other participant is as it was.
      const others = await db.participants.bulkGet(stored.slice(1).map((p) => p.id));
      expect(others).toEqual(stored.slice(1));
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });
});
