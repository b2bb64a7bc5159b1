import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { todayIso } from '@shared/dates';
import { buildImportPlan, classifyRows, type ImportPlan } from '@shared/import/classify';
import { buildImportRows } from '@shared/import/rows';
import type { Participant } from '@shared/domain';
import { EMPTY_PARTICIPANT_FORM, participantSchema } from '@shared/participants/schemas';
import { normalizeKey, queryMatcher } from '@shared/text/normalize';
import { ProfprobaDb } from '../database';
import { readImportFile } from '../../features/participants/import/read-file';
import { RuleError } from '@shared/errors';
import { wordsOf } from '../../i18n/test-words';
import { rejection } from '../testing/test-db';
import { listFirstByFio, listImportProfiles, loadExistingData } from '../queries/participants';
import { commitImport, saveImportProfile } from './import-repo';
import { anonymizeParticipant, createQuickParticipant, saveParticipant } from './participant-repo';
import { saveConsent, withdrawConsent } from './consent-repo';
import { mergeSchools, saveSchool } from './school-repo';

let counter = 0;
const opened: ProfprobaDb[] = [];
function freshDb(): ProfprobaDb {
  counter += 1;
  const db = new ProfprobaDb(`participants-test-${Date.now()}-${counter}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const finds = (p: Participant, query: string) => queryMatcher(normalizeKey(query))(p.searchWords);

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../../tests/fixtures/${name}`, import.meta.url)));

async function planFor(name: string, db: ProfprobaDb): Promise<ImportPlan> {
  const read = await readImportFile(fixture(name), name);
  const rows = buildImportRows(read.rows, read.headerIndex, read.mapping, todayIso(), read.isPlatform);
  const existing = await loadExistingData(db);
  return buildImportPlan(classifyRows(rows, existing), existing.schools);
}

async function importFile(name: string, db: ProfprobaDb) {
  const plan = await planFor(name, db);
  return commitImport(plan, { fileName: name, source: 'school-import' }, db);
}

async function snapshot(db: ProfprobaDb) {
  return {
    participants: await db.participants.toArray(),
    schools: await db.schools.toArray(),
    audit: await db.journal.count(),
  };
}

describe('reading the fixtures', () => {
  it('recognises the platform export below its title block', async () => {
    const read = await readImportFile(fixture('platform-export-sample.xlsx'), 'p.xlsx');
    expect(read.kind).toBe('xlsx');
    expect(read.headerIndex).toBe(3);
    expect(read.isPlatform).toBe(true);
    const rows = buildImportRows(read.rows, read.headerIndex, read.mapping, todayIso(), true);
    expect(rows).toHaveLength(25);
    expect(rows.every((r) => r.errors.length === 0)).toBe(true);
    expect(rows[0]!.draft).toMatchObject({
      lastName: 'Волков',
      firstName: 'Кирилл',
      middleName: 'Александрович',
      birthDate: '2011-02-21',
      grade: 9,
      classLetter: 'Г',
      sex: 'M',
      verification: 'verified',
      hasDisability: false,
    });
    expect(rows[0]!.schoolName).toBe('МОУ СОШ № 1 г. Кыштыма');
    expect(rows[3]!.platformTrials).toEqual([
      {
        kind: 'очные',
        names: ['Оператор лазерного станка', 'Оператор станков с ЧПУ'],
        dates: ['2026-10-01', '2026-10-02'],
      },
    ]);
    expect(rows[16]!.draft).toMatchObject({
      hasDisability: true,
      nosology: 'нарушения опорно-двигательного аппарата',
    });
  });

  it('reads both school lists the same way whatever their encoding and delimiter', async () => {
    const a = await readImportFile(fixture('school-list-cp1251.csv'), 'a.csv');
    const b = await readImportFile(fixture('school-list-utf8.csv'), 'b.csv');
    expect([a.encoding, a.delimiter]).toEqual(['windows-1251', ';']);
    expect([b.encoding, b.delimiter]).toEqual(['utf-8-bom', ',']);
    for (const r of [a, b]) {
      expect(r.headerIndex).toBe(0);
      const rows = buildImportRows(r.rows, r.headerIndex, r.mapping, todayIso());
      expect(rows).toHaveLength(15);
      expect(rows.every((x) => x.errors.length === 0)).toBe(true);
    }
  });

  it('refuses a workbook whose merge covers the whole sheet before loading it, naming the file', async () => {
    // The platform sample with one merge A1:XFD1048576 added: ExcelJS would build every cell of it.
    const zip = await JSZip.loadAsync(fixture('platform-export-sample.xlsx'));
    const [sheet] = zip.file(/^xl\/worksheets\/[^/]+\.xml$/);
    const xml = await sheet!.async('string');
    const hostile = xml.includes('<mergeCells')
      ? xml.replace(/<mergeCells[^>]*>/, '$&<mergeCell ref="A1:XFD1048576"/>')
      : xml.replace(
          '</sheetData>',
          '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
        );
    expect(hostile).toContain('A1:XFD1048576');
    zip.file(sheet!.name, hostile);
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const error = await rejection(readImportFile(bytes, 'Список 8Б.xlsx'));
    expect(error).toBeInstanceOf(RuleError);
    expect(wordsOf(error)).toMatch(
      /^Файл «Список 8Б\.xlsx» не загружен: в нём объявлена область A1:XFD1048576/,
    );
  });

  it('refuses broken files with a Russian message naming the file', async () => {
    const words = async (bytes: Uint8Array, name: string) =>
      wordsOf(await rejection(readImportFile(bytes, name)));
    expect(await words(fixture('empty.csv'), 'empty.csv')).toContain('Файл «empty.csv» пустой');
    expect(await words(fixture('blank-lines.csv'), 'blank.csv')).toMatch(/«blank.csv».*пустой/);
    expect(await words(fixture('password-protected.xlsx'), 's.xlsx')).toMatch(/защищён паролем/);
    expect(await words(fixture('not-a-table.pdf'), 'scan.pdf')).toMatch(/не таблица/);
    expect(await words(fixture('no-columns.csv'), 'marks.csv')).toMatch(
      /В файле «marks.csv» не найдено ни одного знакомого столбца/,
    );
    const zipNotXlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]);
    expect(await words(zipNotXlsx, 'archive.xlsx')).toMatch(/«archive.xlsx» не удалось прочитать/);
  });
});

describe('import commit', () => {
  it('imports the platform export and both school lists; a second import adds nothing', async () => {
    const db = freshDb();
    const first = await importFile('platform-export-sample.xlsx', db);
    expect(first).toMatchObject({ added: 25, updated: 0, merged: 0, invalid: 0, newSchools: 3 });
    const second = await importFile('school-list-cp1251.csv', db);
    expect(second).toMatchObject({ added: 15, newSchools: 0 });
    const third = await importFile('school-list-utf8.csv', db);
    expect(third).toMatchObject({ added: 15, newSchools: 0 });
    expect(await db.participants.count()).toBe(55);
    expect(await db.schools.count()).toBe(3);
    // The ОВЗ row of the platform export is stored without health data: there is no health consent.
    const nikitina = await db.participants.where('fioKey').equals('никитина мария павловна').first();
    expect(nikitina).toMatchObject({ hasDisability: false, nosology: '', grade: 8, classLetter: 'А' });

    const before = await snapshot(db);
    for (const name of ['platform-export-sample.xlsx', 'school-list-cp1251.csv', 'school-list-utf8.csv']) {
      const again = await importFile(name, db);
      expect(again).toMatchObject({ added: 0, updated: 0, newSchools: 0 });
      expect(again.merged).toBe(name.endsWith('.xlsx') ? 25 : 15);
    }
    const after = await snapshot(db);
    expect(after.participants).toEqual(before.participants);
    expect(after.schools).toEqual(before.schools);
    expect(after.audit).toBe(before.audit + 3);
  });

  it('is all-or-nothing: a failure in the middle leaves the database untouched', async () => {
    const db = freshDb();
    await importFile('school-list-utf8.csv', db);
    const before = await snapshot(db);
    const plan = await planFor('platform-export-sample.xlsx', db);
    expect(plan.adds.length).toBe(25);
    expect(plan.newSchools.length).toBe(2);
    // An update of a participant that no longer exists, after the schools and the 25 adds were written.
    plan.updates.push({ rowNumber: 99, participantId: 'gone', patch: { grade: 9 }, schoolKey: null });
    await expect(commitImport(plan, { fileName: 'p.xlsx', source: 'platform-import' }, db)).rejects.toThrow(
      RuleError,
    );
    const failure = await rejection(
      commitImport(plan, { fileName: 'p.xlsx', source: 'platform-import' }, db),
    );
    expect(wordsOf(failure)).toMatch(/Строка 99/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses to add a row that became a duplicate after the preview, writing nothing', async () => {
    const db = freshDb();
    const plan = await planFor('school-list-utf8.csv', db);
    await importFile('school-list-utf8.csv', db);
    const before = await snapshot(db);
    const failure = await rejection(commitImport(plan, { fileName: 'b.csv', source: 'school-import' }, db));
    expect(wordsOf(failure)).toMatch(/Строка 2/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a plan holding a record the card could not save (a 300-character surname, grade 12), writing nothing', async () => {
    const db = freshDb();
    await importFile('school-list-utf8.csv', db);
    const before = await snapshot(db);
    const plan = await planFor('platform-export-sample.xlsx', db);
    // A plan made by hand or by an older preview: the commit checks again with the participant schema.
    plan.adds[3]!.draft.lastName = 'Я'.repeat(300);
    const failure = await rejection(
      commitImport(plan, { fileName: 'p.xlsx', source: 'platform-import' }, db),
    );
    expect(wordsOf(failure)).toMatch(
      new RegExp(`^Строка ${plan.adds[3]!.rowNumber} .*не проходит проверку карточки участника`),
    );
    expect(await snapshot(db)).toEqual(before);
    const again = await planFor('school-list-utf8.csv', db);
    again.updates.push({
      rowNumber: 77,
      participantId: (await db.participants.toCollection().first())!.id,
      patch: { grade: 12 },
      schoolKey: null,
    });
    expect(
      wordsOf(await rejection(commitImport(again, { fileName: 'b.csv', source: 'school-import' }, db))),
    ).toMatch(/^Строка 77 /);
    expect(await snapshot(db)).toEqual(before);
  });

  it('saves and replaces named mapping profiles', async () => {
    const db = freshDb();
    await saveImportProfile('Школа № 1', { fio: 'ФИО' }, db);
    await saveImportProfile('Школа № 1', { fio: 'Ученик' }, db);
    const list = await listImportProfiles(db);
    expect(list).toHaveLength(1);
    expect(list[0]!.mapping).toEqual({ fio: 'Ученик' });
  });
});

describe('participants, consents, schools', () => {
  const values = (over: Partial<typeof EMPTY_PARTICIPANT_FORM> = {}) =>
    participantSchema.parse({
      ...EMPTY_PARTICIPANT_FORM,
      lastName: 'Ёлкина',
      firstName: 'Алёна',
      birthDate: '2012-05-05',
      grade: 8,
      ...over,
    });

  it('keeps search keys filled and finds by word prefix', async () => {
    const db = freshDb();
    const p = await saveParticipant(values({ platformId: 'ID-77' }), null, db);
    expect(p.fioKey).toBe('елкина алена');
    expect(p.searchWords).toEqual(['елкина', 'алена', 'id-77']);
    // The list's search matches query words against the stored words, by their beginnings.
    expect(finds(p, 'ЕЛК ал')).toBe(true);
    expect(finds(p, 'id-7')).toBe(true);
    expect(finds(p, 'ёлкин иван')).toBe(false);
    expect(finds(p, '  ')).toBe(true);
  });

  it('lists the top of the ФИО order from the index, without anonymised records', async () => {
    const db = freshDb();
    const saved = [];
    for (const lastName of ['Яковлева', 'Ёлкина', 'Абрамова', 'Дьячкова'])
      saved.push(await saveParticipant(values({ lastName }), null, db));
    await anonymizeParticipant(saved[2]!.id, db);
    const top = await listFirstByFio(2, db);
    expect(top.map((p) => p.lastName)).toEqual(['Дьячкова', 'Ёлкина']);
    expect((await listFirstByFio(10, db)).map((p) => p.lastName)).toEqual(['Дьячкова', 'Ёлкина', 'Яковлева']);
  });

  it('refuses a duplicate by ФИО + birth date', async () => {
    const db = freshDb();
    await saveParticipant(values(), null, db);
    const failure = await rejection(saveParticipant(values({ lastName: 'ЕЛКИНА' }), null, db));
    expect(wordsOf(failure)).toMatch(/Такой участник уже есть/);
    await expect(saveParticipant(values({ birthDate: null }), null, db)).resolves.toBeTruthy();
  });

  it('Latin look-alikes typed on the card or at the door are stored in Cyrillic; the duplicate rule sees through them', async () => {
    const db = freshDb();
    const abramov = {
      lastName: 'Абрамов',
      firstName: 'Иван',
      middleName: 'Викторович',
      birthDate: '2011-03-04',
    };
    await saveParticipant(values(abramov), null, db);
    // «Абpaмoв» with Latin р, а, о, the same birth date: the same pupil, refused as a duplicate.
    const failure = await rejection(saveParticipant(values({ ...abramov, lastName: 'Абpaмoв' }), null, db));
    expect(wordsOf(failure)).toMatch(/Такой участник уже есть/);
    // «Cмирнова Oльга Пaвловна» (Latin C, O, a) is stored as Russian letters and found by the Cyrillic spelling.
    const smirnova = await saveParticipant(
      values({ lastName: 'Cмирнова', firstName: 'Oльга', middleName: 'Пaвловна', birthDate: '2012-01-02' }),
      null,
      db,
    );
    expect([smirnova.lastName, smirnova.firstName, smirnova.middleName]).toEqual([
      'Смирнова',
      'Ольга',
      'Павловна',
    ]);
    expect(finds(smirnova, 'Смирнова Ольга Павловна')).toBe(true);
    // The walk-in's quick record too.
    const id = await createQuickParticipant(
      { lastName: 'Kузнeцов', firstName: 'Oлег', middleName: '', schoolId: null, grade: 8 },
      db,
    );
    const walkIn = (await db.participants.get(id))!;
    expect([walkIn.lastName, walkIn.firstName]).toEqual(['Кузнецов', 'Олег']);
    expect(finds(walkIn, 'кузнецов олег')).toBe(true);
  });

  it('refuses ОВЗ without a valid health consent and erases it when the consent is withdrawn', async () => {
    const db = freshDb();
    const p = await saveParticipant(values(), null, db);
    const ovz = values({ hasDisability: true, nosology: 'Нарушения слуха' });
    await expect(saveParticipant(ovz, p.id, db)).rejects.toThrow(RuleError);
    expect((await db.participants.get(p.id))!.hasDisability).toBe(false);
    const { consent } = await saveConsent(
      p.id,
      {
        kind: 'health',
        guardianName: 'Ёлкина Мария',
        guardianRelation: 'мать',
        signedOn: todayIso(),
        validUntil: null,
        withdrawnOn: null,
      },
      null,
      null,
      db,
    );
    await saveParticipant(ovz, p.id, db);
    expect((await db.participants.get(p.id))!).toMatchObject({
      hasDisability: true,
      nosology: 'Нарушения слуха',
    });
    expect(await withdrawConsent(consent.id, todayIso(), db)).toBe(true);
    expect((await db.participants.get(p.id))!).toMatchObject({ hasDisability: false, nosology: '' });
  });

  it('anonymises with an audit entry in the same transaction, keeping school and grade', async () => {
    const db = freshDb();
    const school = await saveSchool(
      {
        fullName: 'МОУ СОШ № 5',
        shortName: 'СОШ 5',
        municipality: '',
        inn: '',
        navigatorName: '',
        navigatorPhone: '',
        navigatorEmail: '',
      },
      null,
      db,
    );
    const p = await saveParticipant(values({ schoolId: school.id, platformId: '555' }), null, db);
    await saveConsent(
      p.id,
      {
        kind: 'personal-data',
        guardianName: 'Ёлкина Мария',
        guardianRelation: 'мать',
        signedOn: todayIso(),
        validUntil: null,
        withdrawnOn: null,
      },
      null,
      null,
      db,
    );
    await anonymizeParticipant(p.id, db);
    const a = (await db.participants.get(p.id))!;
    expect(a).toMatchObject({
      schoolId: school.id,
      grade: 8,
      birthDate: null,
      platformId: null,
      searchWords: [],
    });
    expect(JSON.stringify(a)).not.toMatch(/Ёлкина|Алёна|555/);
    expect(await db.consents.count()).toBe(0);
    const log = await db.journal.toArray();
    expect(log.map((e) => e.action)).toEqual(['anonymize']);
    expect(log[0]).toMatchObject({ code: 'participantAnonymizedFully', params: { consents: 1 } });
    expect(JSON.stringify(log[0])).not.toMatch(/Ёлкина|Алёна/);
    expect(finds(a, 'елк')).toBe(false);
  });

  it('merges two schools, moving their participants', async () => {
    const db = freshDb();
    await importFile('platform-export-sample.xlsx', db);
    const schools = await db.schools.toArray();
    const keep = schools.find((s) => s.fullName === 'МОУ СОШ № 1 г. Кыштыма')!;
    const merge = schools.find((s) => s.fullName === 'МОУ СОШ № 3 г. Кыштыма')!;
    const inMerge = await db.participants.where('schoolId').equals(merge.id).count();
    const inKeep = await db.participants.where('schoolId').equals(keep.id).count();
    expect(await mergeSchools(keep.id, merge.id, db)).toBe(inMerge);
    expect(await db.participants.where('schoolId').equals(keep.id).count()).toBe(inKeep + inMerge);
    expect(await db.schools.get(merge.id)).toBeUndefined();
  });
});

describe('the import journal entry', () => {
  it('keeps counts, not the file name (it may name a school or a pupil)', async () => {
    const db = freshDb();
    await importFile('school-list-utf8.csv', db);
    const entry = (await db.journal.toArray()).find((e) => e.action === 'import')!;
    expect(entry.params).toMatchObject({ added: expect.any(Number) });
    expect(JSON.stringify(entry)).not.toContain('school-list-utf8');
  });
});
