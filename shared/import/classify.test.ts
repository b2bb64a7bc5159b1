import { describe, expect, it } from 'vitest';
import type { Participant, School } from '../domain';
import { fioKey, searchWordsFor } from '../text/fio';
import { normalizeKey } from '../text/normalize';
import { buildImportPlan, classifyRows } from './classify';
import { buildImportRows } from './rows';
import type { CellTable } from './cells';
import { isSameParticipant, isPossibleDuplicate, duplicateKeysOf } from '../participants/duplicates';

const TODAY = '2026-11-24';
const HEADER = ['ФИО', 'Дата рождения', 'Класс', 'Школа', 'ID', 'наличие ОВЗ'];

function person(over: Partial<Participant> & Pick<Participant, 'lastName' | 'firstName'>): Participant {
  const p: Participant = {
    id: over.id ?? `p-${over.lastName}`,
    middleName: '',
    fioKey: '',
    searchWords: [],
    birthDate: null,
    sex: null,
    schoolId: 's1',
    grade: 8,
    classLetter: 'А',
    contact: '',
    hasDisability: false,
    nosology: '',
    platformId: null,
    verification: null,
    source: 'manual',
    anonymizedAt: null,
    createdAt: '',
    updatedAt: '',
    ...over,
  };
  p.fioKey = fioKey(p);
  p.searchWords = searchWordsFor(p, p.platformId);
  return p;
}

const school: School = {
  id: 's1',
  fullName: 'МОУ СОШ № 1',
  shortName: 'СОШ 1',
  nameKey: normalizeKey('МОУ СОШ № 1'),
  municipality: '',
  inn: '',
  navigatorName: '',
  navigatorPhone: '',
  navigatorEmail: '',
  createdAt: '',
  updatedAt: '',
};

function classify(table: CellTable, participants: Participant[], health: string[] = []) {
  const rows = buildImportRows(
    [HEADER, ...table],
    0,
    { fio: 0, birthDate: 1, classFull: 2, school: 3, platformId: 4, hasDisability: 5 },
    TODAY,
  );
  return classifyRows(rows, { participants, schools: [school], healthConsentIds: new Set(health) });
}

describe('the duplicate rule', () => {
  const a = duplicateKeysOf({
    lastName: 'Семёнов',
    firstName: 'Пётр',
    middleName: '',
    birthDate: '2012-01-01',
    platformId: null,
  });
  it('matches the same normalised ФИО and birth date', () => {
    const b = duplicateKeysOf({
      lastName: 'СЕМЕНОВ ',
      firstName: 'петр',
      middleName: '',
      birthDate: '2012-01-01',
      platformId: null,
    });
    expect(isSameParticipant(a, b)).toBe(true);
    expect(isSameParticipant(a, { ...b, birthDate: '2012-01-02' })).toBe(false);
  });
  it('matches the same platform id whatever the name', () => {
    const x = duplicateKeysOf({
      lastName: 'А',
      firstName: 'Б',
      middleName: '',
      birthDate: null,
      platformId: ' 123 ',
    });
    const y = duplicateKeysOf({
      lastName: 'В',
      firstName: 'Г',
      middleName: '',
      birthDate: null,
      platformId: '123',
    });
    expect(isSameParticipant(x, y)).toBe(true);
  });
  it('never merges by ФИО without a birth date', () => {
    const b = { ...a, birthDate: null };
    expect(isSameParticipant(a, b)).toBe(false);
    expect(isSameParticipant(b, b)).toBe(false);
    expect(isPossibleDuplicate(a, b)).toBe(true);
  });
});

describe('row classification', () => {
  it('classifies new, update, duplicate of existing, duplicate in file, possible duplicate and invalid', () => {
    const existing = [
      person({ lastName: 'Иванов', firstName: 'Иван', birthDate: '2012-02-01', grade: 8, classLetter: 'Б' }),
      person({ lastName: 'Петров', firstName: 'Пётр', birthDate: '2012-03-01', grade: 8, classLetter: 'А' }),
      person({ lastName: 'Кузнецов', firstName: 'Олег', platformId: '777' }),
      person({ lastName: 'Орлова', firstName: 'Ольга', birthDate: null }),
    ];
    const rows = classify(
      [
        ['ИВАНОВ Иван', '01.02.2012', '8Б', 'МОУ СОШ № 1', '', ''], // 2: same as stored, nothing new
        ['Петров Петр', '01.03.2012', '9А', 'СОШ 1', '', ''], // 3: grade changed
        ['Кузнецов Олег Олегович', '', '8А', 'МОУ СОШ № 1', '777', ''], // 4: by platform id, new patronymic
        ['Новикова Вера', '05.05.2012', '8В', 'Лицей № 2', '', ''], // 5: new
        ['Новикова  Вера', '05.05.2012', '8 в', 'Лицей № 2', '', ''], // 6: repeats row 5
        ['Орлова Ольга', '06.06.2012', '8А', 'МОУ СОШ № 1', '', ''], // 7: stored without birth date
        ['Сидоров', '31.02.2012', '12А', '', '', ''], // 8: invalid
        ['Смирнов Сергей', '', '8А', '', '', ''], // 9: new, no birth date
        ['Смирнов Сергей', '', '8Б', '', '', ''], // 10: same name, no birth date: never merged
      ],
      existing,
    );
    expect(rows.map((r) => [r.rowNumber, r.status])).toEqual([
      [2, 'duplicate-existing'],
      [3, 'update'],
      [4, 'update'],
      [5, 'new'],
      [6, 'duplicate-in-file'],
      [7, 'possible-duplicate'],
      [8, 'invalid'],
      [9, 'new'],
      [10, 'possible-duplicate'],
    ]);
    expect(rows[1]!.changes).toEqual([{ field: 'grade', from: '8', to: '9' }]);
    expect(rows[2]!.changes).toEqual([{ field: 'fio', from: 'Кузнецов Олег', to: 'Кузнецов Олег Олегович' }]);
    expect(rows[4]!.duplicateOfRow).toBe(5);
    expect(rows[8]!.duplicateOfRow).toBe(9);
    expect(rows[6]!.errors).toEqual([
      {
        column: { header: 'ФИО', letter: 'A' },
        problem: { code: 'participants.cellFioShort', params: { text: 'Сидоров' } },
      },
      {
        column: { header: 'Дата рождения', letter: 'B' },
        problem: { code: 'participants.cellDateImpossible', params: { text: '31.02.2012' } },
      },
      {
        column: { header: 'Класс', letter: 'C' },
        problem: { code: 'participants.cellGradeRange', params: { grade: 12 } },
      },
    ]);

    const plan = buildImportPlan(rows, [school]);
    expect(plan.counts).toEqual({
      added: 2,
      updated: 2,
      merged: 2,
      invalid: 1,
      possibleSkipped: 2,
      possibleAdded: 0,
      newSchools: 1,
    });
    expect(plan.newSchools.map((s) => s.fullName)).toEqual(['Лицей № 2']);
    const withChoice = buildImportPlan(rows, [school], new Set([10]));
    expect(withChoice.counts.added).toBe(3);
    expect(withChoice.counts.possibleAdded).toBe(1);
  });

  it('keeps ОВЗ out without a valid health consent and lets it in with one', () => {
    const stored = person({
      lastName: 'Иванов',
      firstName: 'Иван',
      birthDate: '2012-02-01',
      grade: 8,
      classLetter: 'Б',
    });
    const row = [['Иванов Иван', '01.02.2012', '8Б', 'МОУ СОШ № 1', '', 'да']];
    const without = classify(row, [stored]);
    expect(without[0]!.status).toBe('duplicate-existing');
    expect(without[0]!.warnings[0]!.problem.code).toBe('participants.ovzWithoutConsent');
    const withConsent = classify(row, [stored], [stored.id]);
    expect(withConsent[0]!.status).toBe('update');
    expect(withConsent[0]!.patch).toEqual({ hasDisability: true });
    const fresh = classify([['Новый Участник', '01.02.2012', '8Б', '', '', 'да']], []);
    expect(fresh[0]!.status).toBe('new');
    expect(fresh[0]!.warnings[0]!.problem.code).toBe('participants.ovzWithoutConsent');
  });

  it('skips empty rows, repeated headers and an «Итого» row', () => {
    const rows = buildImportRows(
      [['Список'], HEADER, ['Иванов Иван', '', '8', '', '', ''], [null, null], HEADER, ['Итого: 1']],
      1,
      { fio: 0 },
      TODAY,
    );
    expect(rows.map((r) => r.rowNumber)).toEqual([3]);
  });
});

describe('look-alike Latin letters in names', () => {
  it('«Абpaмoв» typed with Latin р, а, о is the stored «Абрамов», not a new pupil; the row says what was corrected', () => {
    const stored = person({
      lastName: 'Абрамов',
      firstName: 'Иван',
      middleName: 'Викторович',
      birthDate: '2012-02-01',
      grade: 8,
      classLetter: 'Б',
    });
    const rows = classify(
      [
        ['Абpaмoв Иван Викторович', '01.02.2012', '8Б', 'МОУ СОШ № 1', '', ''],
        ['Cмирнова Oльга Пaвловна', '03.04.2012', '8Б', 'МОУ СОШ № 1', '', ''],
        ['Пeтrова Анна', '05.06.2012', '8Б', 'МОУ СОШ № 1', '', ''],
        ['=Сидоров Пётр', '07.08.2012', '8Б', 'МОУ СОШ № 1', '', ''],
      ],
      [stored],
    );
    expect(rows.map((r) => r.status)).toEqual(['duplicate-existing', 'new', 'new', 'new']);
    expect(rows[0]!.matchId).toBe(stored.id);
    expect(rows[0]!.warnings.map((w) => w.problem)).toEqual([
      { code: 'participants.cellLatinFixed', params: { count: 3, text: 'Абpaмoв', fixed: 'Абрамов' } },
    ]);
    // Stored in Cyrillic, so the Cyrillic search finds her.
    const smirnova = rows[1]!;
    expect([smirnova.draft.lastName, smirnova.draft.firstName, smirnova.draft.middleName]).toEqual([
      'Смирнова',
      'Ольга',
      'Павловна',
    ]);
    expect(smirnova.warnings.map((w) => w.problem.params.count)).toEqual([1, 1, 1]);
    expect(smirnova.warnings[0]!.column).toEqual({ header: 'ФИО', letter: 'A' });
    // A word mixing scripts beyond look-alikes is kept as written and flagged for a person.
    expect(rows[2]!.draft.lastName).toBe('Пeтrова');
    expect(rows[2]!.warnings.map((w) => w.problem)).toEqual([
      { code: 'participants.cellMixedScripts', params: { text: 'Пeтrова' } },
    ]);
    // A name beginning like a formula is imported as text and flagged.
    expect(rows[3]!.draft.lastName).toBe('=Сидоров');
    expect(rows[3]!.warnings.map((w) => w.problem.code)).toEqual(['participants.cellFormulaLike']);
    const plan = buildImportPlan(rows, [school]);
    expect(plan.counts).toMatchObject({ added: 3, merged: 1 });
  });
});

describe('a later repeat that completes an earlier row', () => {
  it('is matched to the stored pupil by what the repeat filled in (platform id, birth date, patronymic)', () => {
    const stored = [
      person({
        id: 'by-id',
        lastName: 'Кузнецов',
        firstName: 'Олег',
        platformId: '777',
        birthDate: '2011-01-01',
      }),
      person({
        id: 'by-birth',
        lastName: 'Орлова',
        firstName: 'Ольга',
        middleName: 'Игоревна',
        birthDate: '2012-06-06',
      }),
    ];
    const rows = classify(
      [
        ['Кузнецов Олег', '01.02.2012', '8А', '', '', ''], // 2: no id; another birth date than stored
        ['Кузнецов Олег', '01.02.2012', '8А', '', '777', ''], // 3: repeats row 2, with the stored id
        ['Орлова Ольга', '', '8А', '', '555', ''], // 4: no birth date, no patronymic
        ['Орлова Ольга Игоревна', '06.06.2012', '8А', '', '555', ''], // 5: repeats row 4 by id, with both
      ],
      stored,
    );
    expect(rows.map((r) => [r.rowNumber, r.status, r.matchId, r.duplicateOfRow])).toEqual([
      [2, 'update', 'by-id', null],
      [3, 'duplicate-in-file', null, 2],
      [4, 'update', 'by-birth', null],
      [5, 'duplicate-in-file', null, 4],
    ]);
    expect(rows[3]!.draft).toMatchObject({ middleName: 'Игоревна', birthDate: '2012-06-06' });
  });
});
