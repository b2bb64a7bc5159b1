import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Consent, Participant } from '@shared/domain';
import type { ImportPlan } from '@shared/import/classify';
import { withKeys } from '@shared/participants/build';
import { freshDbFactory } from '../testing/test-db';
import { commitImport } from './import-repo';

const freshDb = freshDbFactory('import-repo');
const now = '2026-09-01T10:00:00.000Z';

function person(id: string, lastName: string): Participant {
  return withKeys({
    id,
    lastName,
    firstName: 'Анна',
    middleName: '',
    fioKey: '',
    searchWords: [],
    birthDate: '2011-03-04',
    sex: 'F',
    schoolId: null,
    grade: 8,
    classLetter: 'А',
    contact: '',
    hasDisability: false,
    nosology: '',
    platformId: null,
    verification: null,
    source: 'manual',
    anonymizedAt: null,
    createdAt: now,
    updatedAt: now,
  });
}

function consent(id: string, participantId: string, kind: Consent['kind']): Consent {
  return {
    id,
    participantId,
    kind,
    guardianName: 'Иванова Мария Петровна',
    guardianRelation: 'мать',
    signedOn: '2026-09-01',
    validUntil: null,
    withdrawnOn: null,
    scan: null,
    createdAt: now,
    updatedAt: now,
  };
}

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
});
