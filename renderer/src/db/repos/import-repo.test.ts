import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Participant } from '@shared/domain';
import type { ImportPlan } from '@shared/import/classify';
import { freshDbFactory } from '../testing/test-db';
import { testConsent, testParticipant } from '../testing/records';
import { commitImport } from './import-repo';

const freshDb = freshDbFactory('import-repo');

const person = (id: string, lastName: string): Participant => testParticipant({ id, lastName });

const consent = testConsent;

function plan(updates: ImportPlan['updates']): ImportPlan {
  return {
    newSchools: [],
    adds: [],
    updates,
    counts: {
      added: 0,
      updated: updates.length,
      merged: 0,
      invalid: 0,
      possibleSkipped: 0,
      possibleAdded: 0,
      newSchools: 0,
    },
  };
}

describe('committing an import', () => {
  it('stores ОВЗ of an update only for a pupil with a health consent, and the other updates whole', async () => {
    const db = freshDb();
    await db.participants.bulkAdd([
      person('with', 'Яковлева'),
      person('without', 'Борисова'),
      person('grade', 'Алёшина'),
    ]);
    await db.consents.bulkAdd([
      consent('c1', 'with', 'health'),
      consent('c2', 'without', 'personal-data'),
      consent('c3', 'grade', 'health'),
    ]);
    const ovz = { hasDisability: true, nosology: 'нарушение слуха', grade: 9 } as const;
    const done = await commitImport(
      plan([
        { rowNumber: 2, participantId: 'with', patch: ovz, schoolKey: null },
        { rowNumber: 3, participantId: 'without', patch: ovz, schoolKey: null },
        { rowNumber: 4, participantId: 'grade', patch: { grade: 10 }, schoolKey: null },
      ]),
      { fileName: 'a.xlsx', source: 'platform-import' },
      db,
    );
    expect(done).toMatchObject({ added: 0, updated: 3 });
    const stored = new Map((await db.participants.toArray()).map((p) => [p.id, p]));
    expect(stored.get('with')).toMatchObject({ hasDisability: true, nosology: 'нарушение слуха', grade: 9 });
    expect(stored.get('without')).toMatchObject({ hasDisability: false, nosology: '', grade: 9 });
    expect(stored.get('grade')).toMatchObject({ hasDisability: false, nosology: '', grade: 10 });
  });

  it('does not store ОВЗ next to a health consent that was withdrawn or has lapsed', async () => {
    const db = freshDb();
    await db.participants.bulkAdd([person('withdrawn', 'Яковлева'), person('lapsed', 'Борисова')]);
    await db.consents.bulkAdd([
      consent('c1', 'withdrawn', 'health', { withdrawnOn: '2026-09-10' }),
      consent('c2', 'lapsed', 'health', { validUntil: '2020-01-01' }),
    ]);
    const ovz = { hasDisability: true, nosology: 'нарушение слуха', grade: 9 } as const;
    await commitImport(
      plan([
        { rowNumber: 2, participantId: 'withdrawn', patch: ovz, schoolKey: null },
        { rowNumber: 3, participantId: 'lapsed', patch: ovz, schoolKey: null },
      ]),
      { fileName: 'a.xlsx', source: 'platform-import' },
      db,
    );
    for (const p of await db.participants.toArray())
      expect(p).toMatchObject({ hasDisability: false, nosology: '', grade: 9 });
  });
});
