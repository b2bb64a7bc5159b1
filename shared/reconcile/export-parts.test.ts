import { describe, expect, it } from 'vitest';
import type { PlatformTrial, StoredPlatformTrial } from '../domain';
import { exportParts, partsOfTrials, trialsOfParts, TRIALS_PER_PART } from './export-parts';

function trial(n: number, over: Partial<StoredPlatformTrial> = {}): StoredPlatformTrial {
  return {
    id: `t${n}`,
    participantId: n % 3 === 0 ? null : `p${n}`,
    platformId: null,
    name: `Проба ${n}`,
    date: '2026-10-01',
    kind: 'in-person',
    fio: `Иванов ${n}`,
    birthDate: '2011-01-01',
    rowNumber: 5 + n,
    candidateDates: [],
    ...over,
  };
}

const SOURCE = { sourceFile: 'p.xlsx', exportedOn: '2026-11-24', importedAt: '2026-11-25T08:00:00.000Z' };

function counter() {
  let n = 0;
  return () => `part-${++n}`;
}

describe('a platform export stored in parts', () => {
  it('splits the records into parts of at most 1 000, in the export order, and flattens them back', () => {
    const trials = Array.from({ length: 2 * TRIALS_PER_PART + 1 }, (_, i) => trial(i));
    const parts = exportParts(trials, SOURCE, counter());
    expect(parts.every((p) => p.records === p.trials.length)).toBe(true);
    // Each part names the pupils its records are tied to, once each (a third of the records tie to nobody).
    for (const p of parts)
      expect([...p.participantIds].sort()).toEqual(
        [...new Set(p.trials.flatMap((t) => (t.participantId ? [t.participantId] : [])))].sort(),
      );
    expect(parts[0]!.participantIds).toContain('p1');
    expect(parts[0]!.participantIds).not.toContain(null);
    expect(parts.map((p) => [p.id, p.part, p.trials.length])).toEqual([
      ['part-1', 0, 1000],
      ['part-2', 1, 1000],
      ['part-3', 2, 1],
    ]);
    expect(parts.every((p) => p.sourceFile === 'p.xlsx' && p.exportedOn === '2026-11-24')).toBe(true);
    // Stored in any order, read back in the export's, each record with its file and dates.
    expect(trialsOfParts([...parts].reverse())).toEqual(trials.map((t) => ({ ...t, ...SOURCE })));
  });

  it('keeps an export without records as one empty part (the file and date it loaded)', () => {
    const parts = exportParts([], SOURCE, counter());
    expect(parts).toEqual([{ id: 'part-1', ...SOURCE, part: 0, records: 0, participantIds: [], trials: [] }]);
    expect(trialsOfParts(parts)).toEqual([]);
    expect(exportParts([trial(1)], SOURCE, counter(), 1)).toHaveLength(1);
    expect(() => exportParts([trial(1)], SOURCE, counter(), 0)).toThrow();
  });

  it('gives the records of two exports loaded on two PCs before they synced, the earlier load first', () => {
    const later = exportParts(
      [trial(1), trial(2)],
      { ...SOURCE, importedAt: '2026-11-26T08:00:00.000Z' },
      counter(),
    );
    const earlier = exportParts([trial(3)], { ...SOURCE, sourceFile: 'q.xlsx' }, counter(), 1);
    expect(trialsOfParts([...later, ...earlier]).map((t) => [t.id, t.sourceFile])).toEqual([
      ['t3', 'q.xlsx'],
      ['t1', 'p.xlsx'],
      ['t2', 'p.xlsx'],
    ]);
  });

  it('turns records stored one each (schema v2–v4) into parts per export, every record kept', () => {
    const a = { ...SOURCE };
    const b = { sourceFile: 'old.xlsx', exportedOn: '2026-09-01', importedAt: '2026-09-02T08:00:00.000Z' };
    const records: PlatformTrial[] = [
      { ...trial(7), ...a },
      { ...trial(2), ...b },
      { ...trial(4), ...a },
      { ...trial(1), ...a },
    ];
    const parts = partsOfTrials(records, counter(), 2);
    expect(parts.map((p) => [p.sourceFile, p.part, p.trials.map((t) => t.id)])).toEqual([
      ['p.xlsx', 0, ['t1', 't4']],
      ['p.xlsx', 1, ['t7']],
      ['old.xlsx', 0, ['t2']],
    ]);
    const back = trialsOfParts(parts);
    expect([...back].sort((x, y) => x.id.localeCompare(y.id))).toEqual(
      [...records].sort((x, y) => x.id.localeCompare(y.id)),
    );
    expect(partsOfTrials([], counter())).toEqual([]);
  });
});
