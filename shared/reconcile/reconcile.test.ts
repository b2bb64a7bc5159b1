import { describe, expect, it } from 'vitest';
import type { CellTable } from '../import/cells';
import { PLATFORM_COLUMNS, PLATFORM_MAPPING } from '../import/fields';
import { buildImportRows } from '../import/rows';
import { exportDateOf, pairTrials, platformTrialDrafts } from './platform-records';
import {
  PupilMatcher,
  pupilMatcherFor,
  reconcile,
  sessionsReadyToConfirm,
  trialNameKey,
  type ReconcileParticipant,
  type ReconcileTrial,
} from './reconcile';

const pupils: ReconcileParticipant[] = [
  {
    id: 'p1',
    lastName: 'Ёлкина',
    firstName: 'Алёна',
    middleName: 'Петровна',
    birthDate: '2011-05-04',
    platformId: null,
  },
  {
    id: 'p2',
    lastName: 'Иванов',
    firstName: 'Иван',
    middleName: 'Иванович',
    birthDate: '2010-01-02',
    platformId: 'ID-77',
  },
  {
    id: 'p3',
    lastName: 'Сидоров',
    firstName: 'Пётр',
    middleName: '',
    birthDate: '2012-03-03',
    platformId: null,
  },
  {
    id: 'p4',
    lastName: 'Орлова',
    firstName: 'Мария',
    middleName: 'Игоревна',
    birthDate: '2011-07-07',
    platformId: null,
  },
  {
    id: 'p5',
    lastName: 'Орлова',
    firstName: 'Мария',
    middleName: 'Олеговна',
    birthDate: '2011-07-07',
    platformId: null,
  },
];

function trial(over: Partial<ReconcileTrial> & Pick<ReconcileTrial, 'id'>): ReconcileTrial {
  return {
    platformId: null,
    fio: 'Ёлкина Алёна Петровна',
    birthDate: '2011-05-04',
    name: 'Оператор станков с ЧПУ',
    date: '2026-10-02',
    candidateDates: [],
    kind: 'in-person',
    rowNumber: 5,
    ...over,
  };
}

describe('PupilMatcher', () => {
  const m = new PupilMatcher(pupils);
  it('matches by platform ID first, whatever the name says', () => {
    expect(m.find({ platformId: ' id-77 ', fio: 'Кто-то Другой', birthDate: null })).toBe('p2');
  });
  it('matches by ФИО and birth date with ё/е, double spaces and case', () => {
    expect(m.find({ platformId: null, fio: 'ЕЛКИНА  Алена   петровна', birthDate: '2011-05-04' })).toBe('p1');
  });
  it('matches when the platform has no patronymic, or the venue has none', () => {
    expect(m.find({ platformId: null, fio: 'Елкина Алена', birthDate: '2011-05-04' })).toBe('p1');
    expect(m.find({ platformId: null, fio: 'Сидоров Петр Андреевич', birthDate: '2012-03-03' })).toBe('p3');
  });
  it('does not guess between two pupils that differ only in the patronymic', () => {
    expect(m.find({ platformId: null, fio: 'Орлова Мария', birthDate: '2011-07-07' })).toBeNull();
    expect(m.find({ platformId: null, fio: 'Орлова Мария Олеговна', birthDate: '2011-07-07' })).toBe('p5');
  });
  it('answers a row asked again (several trials of one export row) as the first time, by all three fields', () => {
    const again = new PupilMatcher(pupils);
    const row = { platformId: null, fio: 'Елкина Алена', birthDate: '2011-05-04' };
    expect(again.find(row)).toBe('p1');
    expect(again.find({ ...row })).toBe('p1');
    expect(again.find({ ...row, birthDate: '2011-05-05' })).toBeNull();
    expect(again.find({ ...row, platformId: 'id-77' })).toBe('p2');
    expect(again.find({ ...row, fio: 'Орлова Мария Олеговна', birthDate: '2011-07-07' })).toBe('p5');
    expect(again.find(row)).toBe('p1');
  });
  it('is made once per read of the participants (the load and the Сверка after it share it), anew for another', () => {
    const read = [...pupils];
    expect(pupilMatcherFor(read)).toBe(pupilMatcherFor(read));
    const other = pupilMatcherFor([...pupils]);
    expect(other).not.toBe(pupilMatcherFor(read));
    expect(
      pupilMatcherFor(read).find({ platformId: null, fio: 'Елкина Алена', birthDate: '2011-05-04' }),
    ).toBe('p1');
    // A pupil added is in the next read, which its matcher finds.
    const added = [...read, { ...read[0]!, id: 'p9', platformId: 'id-99' }];
    expect(pupilMatcherFor(read).find({ platformId: 'id-99', fio: '', birthDate: null })).toBeNull();
    expect(pupilMatcherFor(added).find({ platformId: 'id-99', fio: '', birthDate: null })).toBe('p9');
  });
  it('never matches an anonymised record by name (its stored key is not a name)', () => {
    const anon = new PupilMatcher([
      {
        id: 'a',
        lastName: 'Иванов',
        firstName: 'Иван',
        middleName: '',
        birthDate: '2010-01-02',
        platformId: null,
        fioKey: '~a',
      },
    ]);
    expect(anon.find({ platformId: null, fio: 'Иванов Иван', birthDate: '2010-01-02' })).toBeNull();
  });
  it('needs the birth date to match by name', () => {
    expect(m.find({ platformId: null, fio: 'Ёлкина Алёна Петровна', birthDate: null })).toBeNull();
    expect(m.find({ platformId: null, fio: 'Ёлкина Алёна Петровна', birthDate: '2011-05-05' })).toBeNull();
  });
});

describe('trial names', () => {
  it('compare without case, ё/е, quotes, punctuation or double spaces', () => {
    expect(trialNameKey('«Оператор  станков с ЧПУ».')).toBe(trialNameKey('оператор станков с чпу'));
    expect(trialNameKey('Лёгкая промышленность')).toBe(trialNameKey('Легкая  промышленность'));
  });
});

describe('pairing names and dates of one cell', () => {
  it('pairs by position when the counts are equal', () => {
    expect(pairTrials(['А', 'Б'], ['2026-10-01', '2026-10-02'])).toEqual({
      paired: true,
      trials: [
        { name: 'А', date: '2026-10-01', candidateDates: [] },
        { name: 'Б', date: '2026-10-02', candidateDates: [] },
      ],
    });
  });
  it('keeps every name undated, with the dates as candidates, when the counts differ', () => {
    expect(pairTrials(['А', 'Б', 'В'], ['2026-10-01', '2026-10-02'])).toEqual({
      paired: false,
      trials: ['А', 'Б', 'В'].map((name) => ({
        name,
        date: null,
        candidateDates: ['2026-10-01', '2026-10-02'],
      })),
    });
  });
});

/** A platform export table: title block, the 45 headers in row 4, then the given rows (cells by column index). */
function platformTable(rows: Record<number, string | number | Date>[]): CellTable {
  const blank = () => new Array<string | number | null>(PLATFORM_COLUMNS.length).fill(null);
  const data = rows.map((cells) => {
    const row: (string | number | null | { date: string })[] = blank();
    for (const [i, v] of Object.entries(cells))
      row[Number(i)] = v instanceof Date ? { date: v.toISOString().slice(0, 10) } : v;
    return row;
  });
  return [
    ['Отчёт по обучающимся'],
    ['Дата формирования: 24.11.2026'],
    ['Фильтры: регион'],
    [...PLATFORM_COLUMNS],
    ...data,
  ] as CellTable;
}

describe('platform records from an export', () => {
  const table = platformTable([
    // Text dates, two trials paired by position.
    {
      4: 'Ёлкина Алёна Петровна',
      5: '04.05.2011',
      27: 'Оператор станков с ЧПУ, Повар',
      28: '02.10.2026; 03.10.2026',
    },
    // A real Excel date (a date cell) and an Excel serial number as text in the virtual column.
    {
      4: 'Иванов Иван',
      5: '02.01.2010',
      27: 'Повар',
      28: new Date(Date.UTC(2026, 9, 5)),
      30: 'Кондитер',
      31: '46300',
    },
    // Three names, two dates: cannot pair.
    { 4: 'Сидоров Пётр', 5: '03.03.2012', 33: 'Повар, Кондитер, Пекарь', 34: '01.10.2026, 02.10.2026' },
  ]);
  const rows = buildImportRows(table, 3, PLATFORM_MAPPING, '2026-12-01', true);
  const { trials, remarks } = platformTrialDrafts(rows);

  it('reads every trial with its kind, pupil and row', () => {
    expect(trials.map((t) => [t.rowNumber, t.kind, t.name, t.date])).toEqual([
      [5, 'in-person', 'Оператор станков с ЧПУ', '2026-10-02'],
      [5, 'in-person', 'Повар', '2026-10-03'],
      [6, 'in-person', 'Повар', '2026-10-05'],
      [6, 'virtual', 'Кондитер', '2026-10-05'],
      [7, 'partner', 'Повар', null],
      [7, 'partner', 'Кондитер', null],
      [7, 'partner', 'Пекарь', null],
    ]);
    expect(trials[0]).toMatchObject({ fio: 'Ёлкина Алёна Петровна', birthDate: '2011-05-04' });
  });

  it('says which row and cell it could not pair', () => {
    expect(remarks).toEqual([
      {
        rowNumber: 7,
        fio: 'Сидоров Пётр',
        kind: 'partner',
        names: ['Повар', 'Кондитер', 'Пекарь'],
        dates: ['2026-10-01', '2026-10-02'],
      },
    ]);
    expect(trials[4]!.candidateDates).toEqual(['2026-10-01', '2026-10-02']);
  });

  it('dates the export by its title block', () => {
    expect(exportDateOf(table, 3)).toBe('2026-11-24');
    expect(exportDateOf(table.slice(3), 0)).toBeNull();
  });
});

describe('reconcile', () => {
  const programs = [
    { id: 'cnc', title: 'Оператор станков с ЧПУ', profession: 'Оператор', platformName: '' },
    { id: 'cook', title: 'Юный повар', profession: 'Повар' },
    { id: 'cake', title: 'Кондитерское дело', profession: 'Кондитер', platformName: 'Кондитер-декоратор' },
  ];
  const period = { from: '2026-10-01', to: '2026-12-31' };
  const completion = (participantId: string, programId: string, dates: string[]) => ({
    participantId,
    programId,
    groupId: `g-${programId}`,
    date: dates[dates.length - 1]!,
    sessionDates: dates,
  });

  it('marks ✓ by title, profession or platform name within the group sessions, ✗ otherwise, and lists the extras', () => {
    const result = reconcile({
      programs,
      participants: pupils,
      period,
      completions: [
        completion('p1', 'cnc', ['2026-10-01', '2026-10-02']),
        completion('p2', 'cook', ['2026-10-05']),
        completion('p2', 'cake', ['2026-10-10']),
        completion('p3', 'cook', ['2026-11-01']),
        completion('p4', 'cnc', ['2026-11-02']),
      ],
      trials: [
        trial({ id: 't1', name: 'оператор станков с ЧПУ', date: '2026-10-02' }),
        trial({ id: 't2', fio: 'Иванов Иван', birthDate: '2010-01-02', name: 'Повар', date: '2026-10-05' }),
        trial({ id: 't3', platformId: 'ID-77', fio: 'x y', name: 'Кондитер-декоратор', date: '2026-10-10' }),
        // A wrong date: outside the group's sessions.
        trial({
          id: 't4',
          fio: 'Сидоров Петр',
          birthDate: '2012-03-03',
          name: 'Юный повар',
          date: '2026-10-20',
        }),
        // Recorded for a pupil the venue never marked, and for someone not known here.
        trial({
          id: 't5',
          fio: 'Орлова Мария Олеговна',
          birthDate: '2011-07-07',
          name: 'Повар',
          date: '2026-11-03',
        }),
        trial({
          id: 't6',
          fio: 'Незнакомов Олег',
          birthDate: '2011-01-01',
          name: 'Оператор станков с ЧПУ',
          date: '2026-11-04',
        }),
        // Another venue's trial, and one outside the period: not this venue's business.
        trial({ id: 't7', name: 'Сварщик', date: '2026-10-03' }),
        trial({ id: 't8', name: 'Повар', date: '2026-09-01' }),
      ],
    });
    expect(
      result.completions.map((v) => [
        v.completion.participantId,
        v.completion.programId,
        v.onPlatform,
        v.trialId,
      ]),
    ).toEqual([
      ['p1', 'cnc', true, 't1'],
      ['p2', 'cook', true, 't2'],
      ['p2', 'cake', true, 't3'],
      ['p3', 'cook', false, null],
      ['p4', 'cnc', false, null],
    ]);
    expect(result.extras.map((e) => [e.trial.id, e.programId, e.participantId, e.reason])).toEqual([
      ['t4', 'cook', 'p3', 'date-mismatch'],
      ['t5', 'cook', 'p5', 'no-completion'],
      ['t6', 'cnc', null, 'unknown-pupil'],
    ]);
    expect(result.counts).toEqual({ completions: 5, onPlatform: 3, missing: 2, extras: 3 });
  });

  it('pairs an unpaired cell by the date that lies within the group sessions, once per trial', () => {
    const result = reconcile({
      programs,
      participants: pupils,
      period,
      completions: [
        completion('p3', 'cook', ['2026-10-01', '2026-10-02']),
        completion('p3', 'cake', ['2026-12-01']),
      ],
      trials: [
        trial({
          id: 'a',
          fio: 'Сидоров Пётр',
          birthDate: '2012-03-03',
          name: 'Повар',
          date: null,
          candidateDates: ['2026-10-02', '2026-11-15'],
        }),
        trial({
          id: 'b',
          fio: 'Сидоров Пётр',
          birthDate: '2012-03-03',
          name: 'Кондитер',
          date: null,
          candidateDates: ['2026-10-02', '2026-11-15'],
        }),
      ],
    });
    expect(result.completions.map((v) => [v.completion.programId, v.onPlatform, v.platformDate])).toEqual([
      ['cook', true, '2026-10-02'],
      ['cake', false, null],
    ]);
    expect(result.extras.map((e) => [e.trial.id, e.reason])).toEqual([['b', 'date-mismatch']]);
  });

  it('lets one platform record confirm one completion only', () => {
    const result = reconcile({
      programs,
      participants: pupils,
      period,
      completions: [completion('p1', 'cook', ['2026-10-01']), completion('p1', 'cook', ['2026-10-01'])],
      trials: [trial({ id: 'only', name: 'Повар', date: '2026-10-01' })],
    });
    expect(result.counts).toMatchObject({ onPlatform: 1, missing: 1 });
  });
});

describe('sessionsReadyToConfirm', () => {
  it('offers a session when every pupil who attended it is on the platform for that group', () => {
    const verdicts = [
      {
        completion: {
          participantId: 'p1',
          programId: 'x',
          groupId: 'g',
          date: '2026-10-01',
          sessionDates: [],
        },
        onPlatform: true,
        trialId: 't',
        platformDate: '2026-10-01',
      },
      {
        completion: {
          participantId: 'p2',
          programId: 'x',
          groupId: 'g',
          date: '2026-10-01',
          sessionDates: [],
        },
        onPlatform: false,
        trialId: null,
        platformDate: null,
      },
    ];
    const sessions = [
      { id: 's1', groupId: 'g', status: 'planned', platformConfirmedOn: null },
      { id: 's2', groupId: 'g', status: 'planned', platformConfirmedOn: null },
      { id: 's3', groupId: 'g', status: 'planned', platformConfirmedOn: '2026-10-02' },
      { id: 's4', groupId: 'g', status: 'cancelled', platformConfirmedOn: null },
      { id: 's5', groupId: 'g', status: 'planned', platformConfirmedOn: null },
    ];
    const attended = [
      { sessionId: 's1', participantId: 'p1' },
      { sessionId: 's2', participantId: 'p1' },
      { sessionId: 's2', participantId: 'p2' },
      { sessionId: 's3', participantId: 'p1' },
      { sessionId: 's4', participantId: 'p1' },
    ];
    expect(sessionsReadyToConfirm(sessions, attended, verdicts)).toEqual(['s1']);
  });
});
