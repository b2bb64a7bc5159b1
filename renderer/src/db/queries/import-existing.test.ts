import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Participant } from '@shared/domain';
import { classifyRows } from '@shared/import/classify';
import { buildImportRows } from '@shared/import/rows';
import { freshDbFactory } from '../testing/test-db';
import { testConsent, testParticipant } from '../testing/records';
import { classifyAgainstDatabase, validHealthConsents } from './import-existing';
import { loadExistingData } from './participants';

const freshDb = freshDbFactory('import-existing');
const TODAY = '2026-11-24';

const person = (id: string, lastName: string, birthDate: string): Participant =>
  testParticipant({ id, lastName, birthDate });

const consent = testConsent;

const HEADER = ['ФИО', 'Дата рождения', 'Класс', 'наличие ОВЗ', 'Нозология'];
const MAPPING = { fio: 0, birthDate: 1, classFull: 2, hasDisability: 3, nosology: 4 };

async function venue() {
  const db = freshDb();
  await db.participants.bulkAdd([
    person('valid', 'Яковлева', '2011-03-04'),
    person('expired', 'Борисова', '2011-04-05'),
    person('withdrawn', 'Алёшина', '2011-05-06'),
    person('personal', 'Смирнова', '2011-06-07'),
    person('none', 'Петрова', '2011-07-08'),
  ]);
  await db.consents.bulkAdd([
    consent('c1', 'valid', 'health'),
    consent('c2', 'expired', 'health', { validUntil: '2026-10-01' }),
    consent('c3', 'withdrawn', 'health', { withdrawnOn: '2026-10-02' }),
    consent('c4', 'personal', 'personal-data'),
    consent('c5', 'valid', 'personal-data'),
  ]);
  return db;
}

describe('the import check against the database', () => {
  it('classifies exactly as with every consent read, whichever pupils bring ОВЗ', async () => {
    const db = await venue();
    const table = [
      HEADER,
      ['Яковлева Анна', '04.03.2011', '9А', 'да', 'нарушение слуха'], // valid consent: ОВЗ taken
      ['Борисова Анна', '05.04.2011', '8А', 'да', ''], // expired: a warning
      ['Алёшина Анна', '06.05.2011', '8А', '', 'нарушение зрения'], // withdrawn: a warning
      ['Смирнова Анна', '07.06.2011', '8А', 'да', ''], // only a personal-data consent: a warning
      ['Петрова Анна', '08.07.2011', '9А', 'нет', ''], // no ОВЗ: an update of the grade
      ['Новикова Анна', '09.08.2011', '8А', 'да', ''], // new: a warning
    ];
    const rows = buildImportRows(table, 0, MAPPING, TODAY);
    const expected = classifyRows(rows, await loadExistingData(db));
    const got = await classifyAgainstDatabase(rows, db, TODAY);
    expect(got.rows).toEqual(expected);
    expect(got.schools).toEqual([]);
    expect(got.rows.map((r) => [r.status, r.changes.map((c) => c.field)])).toEqual([
      ['update', ['grade', 'ovz']],
      ['duplicate-existing', []],
      ['duplicate-existing', []],
      ['duplicate-existing', []],
      ['update', ['grade']],
      ['new', []],
    ]);
    expect(got.rows.map((r) => r.warnings.map((w) => w.problem.code))).toEqual([
      [],
      ['participants.ovzWithoutConsent'],
      ['participants.ovzWithoutConsent'],
      ['participants.ovzWithoutConsent'],
      [],
      ['participants.ovzWithoutConsent'],
    ]);
  });

  it('a file without ОВЗ gives the same classification', async () => {
    const db = await venue();
    const rows = buildImportRows(
      [HEADER, ['Яковлева Анна', '04.03.2011', '9А', 'нет', ''], ['Петрова Анна', '', '8А', '', '']],
      0,
      MAPPING,
      TODAY,
    );
    const got = await classifyAgainstDatabase(rows, db, TODAY);
    expect(got.rows).toEqual(classifyRows(rows, await loadExistingData(db)));
    expect(got.rows.map((r) => r.status)).toEqual(['update', 'possible-duplicate']);
  });

  it('reads the health consents of the pupils asked for, valid on the day', async () => {
    const db = await venue();
    const ids = ['valid', 'expired', 'withdrawn', 'personal', 'none', 'nobody'];
    expect([...(await validHealthConsents(ids, db, TODAY))]).toEqual(['valid']);
    expect([...(await validHealthConsents(['expired'], db, '2026-09-15'))]).toEqual(['expired']);
    expect([...(await validHealthConsents([], db, TODAY))]).toEqual([]);
  });
});
