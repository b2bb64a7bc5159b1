import { describe, expect, it } from 'vitest';
import type { StoredPlatformTrial } from '../domain';
import { exportParts } from '../reconcile/export-parts';
import { firstBadRecord } from './record-schemas';

const trial = (i: number): StoredPlatformTrial => ({
  id: `t${i}`,
  participantId: i % 2 ? `p${i}` : null,
  platformId: i % 3 ? `ID${i}` : null,
  name: 'Юный инженер',
  date: i % 5 ? '2026-10-01' : null,
  kind: 'in-person',
  fio: 'Иванова Мария Петровна',
  birthDate: '2011-02-03',
  rowNumber: 5 + i,
  candidateDates: i % 5 ? [] : ['2026-10-01', '2026-10-02'],
});

const parts = () =>
  exportParts(
    Array.from({ length: 12 }, (_, i) => trial(i)),
    { sourceFile: 'выгрузка.xlsx', exportedOn: '2026-11-20', importedAt: '2026-11-21T09:00:00.000Z' },
    (() => {
      let n = 0;
      return () => `part-${n++}`;
    })(),
    5,
  );

describe('a restored platform export part (schema v5)', () => {
  it('passes as the app stores it', () => {
    expect(firstBadRecord('platformExportParts', parts())).toBeNull();
  });

  it('is refused, naming the part and the field, when a screen could not read it', () => {
    const cases: [string, (p: Record<string, unknown>) => void, string][] = [
      ['trials not a list', (p) => (p.trials = 'x'), 'trials'],
      [
        'a trial of another kind',
        (p) => ((p.trials as Record<string, unknown>[])[1]!.kind = 'online'),
        'trials.1.kind',
      ],
      [
        'a trial dated 31.02',
        (p) => ((p.trials as Record<string, unknown>[])[2]!.date = '2026-02-31'),
        'trials.2.date',
      ],
      [
        'candidate dates not dates',
        (p) => ((p.trials as Record<string, unknown>[])[0]!.candidateDates = ['вчера']),
        'trials.0.candidateDates.0',
      ],
      ['a count other than its records', (p) => (p.records = 4), 'records'],
      ['no export date', (p) => delete p.exportedOn, 'exportedOn'],
    ];
    for (const [what, damage, field] of cases) {
      const list = structuredClone(parts()) as unknown as Record<string, unknown>[];
      damage(list[1]!);
      expect(firstBadRecord('platformExportParts', list), what).toEqual({
        table: 'platformExportParts',
        record: 'part-1',
        field,
      });
    }
  });
});
