import Papa from 'papaparse';
import homeRu from '../../renderer/src/features/home/locales/ru.json';
import { describe, expect, it } from 'vitest';
import type { AttendanceStatus } from '../domain';
import { buildAttendanceJournal } from './attendance-journal';
import { tableToCsv } from './csv';
import { buildDashboard } from './dashboard';
import { buildParticipantList, NO_FILTER } from './participant-list';
import { buildQuarterlyReport, buildQuarterlyReportWithKeys, SHEET_NAMES } from './quarterly-report';
import type { ReportData, ReportParticipant, ReportSession } from './report-data';
import type { ReportTable } from './report-table';

/*
 * A hand-built venue, period III квартал 2026 (01.07.2026–30.09.2026). Every expected table below is
 * worked out by hand from this story:
 *
 * Programmes: P1 «Лазерная резка» (all sessions), P2 «Портной» (50 % of sessions), P3 «Эколог» (only a
 * session after the period), P4 «Кибербезопасность» (its only session in the period was cancelled).
 * Pupils: A gr. 6 (S1), B gr. 8 with ОВЗ (S1), C gr. 11 (S2), D gr. 9 (S2), E gr. 7 (S1), F gr. 10 (no school).
 *
 * G1 (P1): s1 25.06 (before the period) A+, B+, C−; s2 02.07 A late, B+, C+; s3 09.07 cancelled.
 *          Enrolled A, B, C; E on the waiting list. → A and B complete on 02.07; C attended 1 of 2.
 * G2 (P1): s4 30.09 (the period's last day) A+, D+. → D completes on 30.09; A already completed P1 on 02.07.
 * G3 (P2, 50 %): s5 29.09 B+, C excused, F+ (a walk-in, not enrolled); s6 06.10 (after the period, no marks).
 *          → 1 of 2 sessions is enough: B and F complete on 29.09.
 * G4 (P3): s7 15.10, D enrolled. Outside the period: P3 is not in the report.
 * G5 (P4): s8 01.08 cancelled, C enrolled. The group did not run: P4 shows zeros.
 * G6 (P2): s9 15.08 planned, attendance not recorded, E enrolled. Not held, but E counts as enrolled.
 * Certificates: P1 A 03.07 issued; P1 B 03.07 cancelled; P1 B 04.07 issued; P2 B 29.09 reissued;
 *          P2 B 01.10 issued (after); P1 D 02.10 issued (after).
 */

const period = { from: '2026-07-01', to: '2026-09-30' };

function person(
  id: string,
  lastName: string,
  firstName: string,
  middleName: string,
  grade: number,
  schoolId: string | null,
  extra: Partial<ReportParticipant> = {},
): ReportParticipant {
  return {
    id,
    lastName,
    firstName,
    middleName,
    birthDate: null,
    schoolId,
    grade,
    classLetter: '',
    hasDisability: false,
    platformId: null,
    ...extra,
  };
}

function session(
  id: string,
  groupId: string,
  programId: string,
  date: string,
  extra: Partial<ReportSession> = {},
): ReportSession {
  return {
    id,
    groupId,
    programId,
    date,
    start: '14:00',
    end: '15:30',
    placeId: 'pl1',
    mentorIds: ['m1'],
    status: 'planned',
    onlineLink: '',
    platformConfirmedOn: null,
    ...extra,
  };
}

const marks: [string, string, string, AttendanceStatus][] = [
  ['s1', 'G1', 'A', 'present'],
  ['s1', 'G1', 'B', 'present'],
  ['s1', 'G1', 'C', 'absent'],
  ['s2', 'G1', 'A', 'late'],
  ['s2', 'G1', 'B', 'present'],
  ['s2', 'G1', 'C', 'present'],
  ['s4', 'G2', 'A', 'present'],
  ['s4', 'G2', 'D', 'present'],
  ['s5', 'G3', 'B', 'present'],
  ['s5', 'G3', 'C', 'excused'],
  ['s5', 'G3', 'F', 'present'],
];

const data: ReportData = {
  venue: {
    fullName: 'МБУ ДО «Центр „Вектор“»',
    shortName: 'Вектор',
    inn: '3711000001',
    oktmo: '24701000',
    region: 'Ивановская область',
    municipality: 'Город А',
    venueId: 'V-1',
    coordinatorName: 'Петров Алексей Игоревич',
    directorName: 'Соколова Марина Александровна',
  },
  programs: [
    {
      id: 'P1',
      title: 'Лазерная резка',
      profession: 'Оператор лазерного станка',
      sphere: 'industrial',
      level: 'intro',
      format: 'in-person',
      completion: { mode: 'all' },
    },
    {
      id: 'P2',
      title: 'Портной',
      profession: 'Портной',
      sphere: 'creative',
      level: 'basic',
      format: 'online',
      completion: { mode: 'share', percent: 50 },
    },
    {
      id: 'P3',
      title: 'Эколог',
      profession: 'Эколог',
      sphere: 'agrarian',
      level: 'intro',
      format: 'in-person',
      completion: { mode: 'all' },
    },
    {
      id: 'P4',
      title: 'Кибербезопасность',
      profession: 'Специалист по кибербезопасности',
      sphere: 'safe',
      level: 'advanced',
      format: 'blended',
      completion: { mode: 'all' },
    },
  ],
  groups: [
    { id: 'G1', programId: 'P1', name: 'Лазер-1', capacity: 10 },
    { id: 'G2', programId: 'P1', name: 'Лазер-2', capacity: 8 },
    { id: 'G3', programId: 'P2', name: 'Портной-1', capacity: 12 },
    { id: 'G4', programId: 'P3', name: 'Эколог-1', capacity: 15 },
    { id: 'G5', programId: 'P4', name: 'Кибер-1', capacity: 12 },
    { id: 'G6', programId: 'P2', name: 'Портной-2', capacity: 6 },
  ],
  sessions: [
    session('s1', 'G1', 'P1', '2026-06-25'),
    session('s2', 'G1', 'P1', '2026-07-02', { platformConfirmedOn: '2026-07-03' }),
    session('s3', 'G1', 'P1', '2026-07-09', { status: 'cancelled' }),
    session('s4', 'G2', 'P1', '2026-09-30', { start: '10:00', end: '11:30' }),
    session('s5', 'G3', 'P2', '2026-09-29', { placeId: null, onlineLink: 'https://example.ru/room' }),
    session('s6', 'G3', 'P2', '2026-10-06'),
    session('s7', 'G4', 'P3', '2026-10-15'),
    session('s8', 'G5', 'P4', '2026-08-01', { status: 'cancelled', mentorIds: ['m1', 'm2'] }),
    session('s9', 'G6', 'P2', '2026-08-15'),
  ],
  enrollments: [
    ...['A', 'B', 'C'].map((p) => ({ groupId: 'G1', participantId: p, status: 'enrolled' as const })),
    { groupId: 'G1', participantId: 'E', status: 'waiting' },
    { groupId: 'G2', participantId: 'A', status: 'enrolled' },
    { groupId: 'G2', participantId: 'D', status: 'enrolled' },
    { groupId: 'G3', participantId: 'B', status: 'enrolled' },
    { groupId: 'G3', participantId: 'C', status: 'enrolled' },
    { groupId: 'G4', participantId: 'D', status: 'enrolled' },
    { groupId: 'G5', participantId: 'C', status: 'enrolled' },
    { groupId: 'G6', participantId: 'E', status: 'enrolled' },
  ],
  attendance: marks.map(([sessionId, groupId, participantId, status]) => ({
    sessionId,
    groupId,
    participantId,
    status,
  })),
  participants: [
    person('A', 'Абрамова', 'Анна', 'Игоревна', 6, 'S1', {
      platformId: '111',
      birthDate: '2013-05-01',
      classLetter: 'А',
    }),
    person('B', 'Борисов', 'Борис', 'Петрович', 8, 'S1', { hasDisability: true, classLetter: 'Б' }),
    person('C', 'Васильева', 'Вера', 'Олеговна', 11, 'S2'),
    person('D', 'Дмитриева', 'Дарья', '', 9, 'S2', {
      platformId: '444',
      birthDate: '2011-01-15',
      classLetter: 'В',
    }),
    person('E', 'Егоров', 'Егор', 'Егорович', 7, 'S1'),
    person('F', 'Ёлкин', 'Фёдор', '', 10, null),
  ],
  schools: [
    { id: 'S1', fullName: 'МБОУ «Средняя школа № 1»', shortName: 'СШ № 1', municipality: 'Город А' },
    { id: 'S2', fullName: 'МБОУ «Лицей № 2»', shortName: 'Лицей № 2', municipality: 'Город А' },
  ],
  mentors: [
    { id: 'm1', lastName: 'Кравцов', firstName: 'Олег', middleName: 'Викторович' },
    { id: 'm2', lastName: 'Зуева', firstName: 'Татьяна', middleName: 'Петровна' },
  ],
  places: [{ id: 'pl1', name: 'Мастерская 1', kind: 'workshop' }],
  certificates: [
    { programId: 'P1', participantId: 'A', issuedOn: '2026-07-03', status: 'issued' },
    { programId: 'P1', participantId: 'B', issuedOn: '2026-07-03', status: 'cancelled' },
    { programId: 'P1', participantId: 'B', issuedOn: '2026-07-04', status: 'issued' },
    { programId: 'P2', participantId: 'B', issuedOn: '2026-09-29', status: 'reissued' },
    { programId: 'P2', participantId: 'B', issuedOn: '2026-10-01', status: 'issued' },
    { programId: 'P1', participantId: 'D', issuedOn: '2026-10-02', status: 'issued' },
  ],
};

function table(tables: ReportTable[], name: string): ReportTable {
  const t = tables.find((x) => x.name === name);
  if (!t) throw new Error(`no sheet ${name}`);
  return t;
}

const report = buildQuarterlyReport(data, period, '2026-10-05');

describe('quarterly report (formats.md §3)', () => {
  it('has the five sheets in order with the contract headers', () => {
    expect(report.tables.map((t) => t.name)).toEqual([...SHEET_NAMES]);
    expect(report.tables.map((t) => t.columns.map((c) => c.header))).toEqual([
      ['Показатель', 'Значение'],
      [
        '№',
        'Профессиональная проба',
        'Профессия',
        'Среда',
        'Уровень',
        'Формат',
        'Проведено занятий',
        'Записано',
        'Прошли пробу',
        '6–7 кл.',
        '8–9 кл.',
        '10–11 кл.',
        'в т.ч. с ОВЗ',
        'Выдано сертификатов',
        'из них отмечено на платформе',
      ],
      [
        'Муниципалитет',
        'Образовательная организация',
        '6',
        '7',
        '8',
        '9',
        '10',
        '11',
        'Всего',
        'в т.ч. с ОВЗ',
      ],
      [
        '№пп',
        'ID на платформе',
        'ФИО',
        'Дата рождения',
        'образовательная организация',
        'класс (без буквы)',
        'буква класса',
        'Проба',
        'Дата прохождения',
        'Формат',
        'наличие ОВЗ',
        'Ключ участника',
      ],
      ['Дата', 'Начало', 'Окончание', 'Проба', 'Наставник', 'Место', 'Мест', 'Записано', 'Присутствовали'],
    ]);
  });

  it('Титул', () => {
    expect(table(report.tables, 'Титул').rows).toEqual([
      ['Площадка', 'МБУ ДО «Центр „Вектор“»'],
      ['ИНН', '3711000001'],
      ['ОКТМО', '24701000'],
      ['Муниципалитет', 'Город А'],
      ['Период с', { date: '2026-07-01' }],
      ['Период по', { date: '2026-09-30' }],
      ['Сформирован', { date: '2026-10-05' }],
      ['Ответственный', 'Петров Алексей Игоревич'],
      ['Регион', 'Ивановская область'],
      ['ID площадки', 'V-1'],
      ['Вид отчёта', 'Отчёт площадки'],
      ['Версия формата', 2],
    ]);
    expect(table(report.tables, 'Титул').total).toBeNull();
  });

  it('Сводка: held vs enrolled vs completed, grade bands, ОВЗ, certificates', () => {
    const t = table(report.tables, 'Сводка');
    // prettier-ignore
    expect(t.rows).toEqual([
      [1, 'Кибербезопасность', 'Специалист по кибербезопасности', 'Безопасная среда', 'Продвинутый', 'Смешанный', 0, 0, 0, 0, 0, 0, 0, 0, 0],
      [2, 'Лазерная резка', 'Оператор лазерного станка', 'Индустриальная среда', 'Ознакомительный', 'Очный', 2, 4, 3, 1, 2, 0, 1, 2, 0],
      [3, 'Портной', 'Портной', 'Креативная среда', 'Базовый', 'Онлайн', 1, 4, 2, 0, 1, 1, 1, 1, 0],
    ]);
    // prettier-ignore
    expect(t.total).toEqual(['Итого', null, null, null, null, null, 3, 8, 5, 1, 3, 1, 2, 3, 0]);
    expect(report.figures).toEqual({
      heldSessions: 3,
      enrolled: 8,
      completed: 5,
      completedParticipants: 4,
      certificates: 3,
    });
  });

  it('Сводка «из них отмечено на платформе»: the completions the platform records, by the Сверка rule', () => {
    const trial = { candidateDates: [], kind: 'in-person' as const, rowNumber: 5, birthDate: null };
    const withPlatform = buildQuarterlyReport(
      {
        ...data,
        platformTrials: [
          // A by platform ID, the title in capitals, a date among G1's sessions: confirmed.
          {
            ...trial,
            id: 't1',
            platformId: '111',
            fio: 'Другая Запись',
            name: 'ЛАЗЕРНАЯ РЕЗКА',
            date: '2026-07-02',
          },
          // D by ФИО + birth date, but dated outside G2's sessions: not confirmed.
          {
            ...trial,
            id: 't2',
            platformId: null,
            fio: 'Дмитриева Дарья',
            birthDate: '2011-01-15',
            name: 'Лазерная резка',
            date: '2026-09-01',
          },
        ],
      },
      period,
      '2026-10-05',
    );
    const t = table(withPlatform.tables, 'Сводка');
    expect(t.columns.at(-1)!.header).toBe('из них отмечено на платформе');
    expect(t.rows.map((r) => [r[1], r.at(-1)])).toEqual([
      ['Кибербезопасность', 0],
      ['Лазерная резка', 1],
      ['Портной', 0],
    ]);
    expect(t.total!.at(-1)).toBe(1);
  });

  it('По школам: distinct participants who completed at least one trial', () => {
    const t = table(report.tables, 'По школам');
    // prettier-ignore
    expect(t.rows).toEqual([
      ['Город А', 'МБОУ «Лицей № 2»', 0, 0, 0, 1, 0, 0, 1, 0],
      ['Город А', 'МБОУ «Средняя школа № 1»', 1, 0, 1, 0, 0, 0, 2, 1],
      ['', 'Школа не указана', 0, 0, 0, 0, 1, 0, 1, 0],
    ]);
    expect(t.total).toEqual(['Итого', null, 1, 0, 1, 1, 1, 0, 4, 1]);
  });

  it('Участники: one row per completed trial, ОВЗ as да/нет', () => {
    const t = table(report.tables, 'Участники');
    // prettier-ignore
    expect(t.rows).toEqual([
      [1, '111', 'Абрамова Анна Игоревна', '2013-05-01', 'МБОУ «Средняя школа № 1»', 6, 'А', 'Лазерная резка', '2026-07-02', 'Очный', 'нет', ''],
      [2, '', 'Борисов Борис Петрович', null, 'МБОУ «Средняя школа № 1»', 8, 'Б', 'Лазерная резка', '2026-07-02', 'Очный', 'да', ''],
      [3, '', 'Борисов Борис Петрович', null, 'МБОУ «Средняя школа № 1»', 8, 'Б', 'Портной', '2026-09-29', 'Онлайн', 'да', ''],
      [4, '444', 'Дмитриева Дарья', '2011-01-15', 'МБОУ «Лицей № 2»', 9, 'В', 'Лазерная резка', '2026-09-30', 'Очный', 'нет', ''],
      [5, '', 'Ёлкин Фёдор', null, '', 10, '', 'Портной', '2026-09-29', 'Онлайн', 'нет', ''],
    ]);
    expect(t.total).toBeNull();
  });

  it('Занятия: every session of the period, cancelled ones marked', () => {
    const t = table(report.tables, 'Занятия');
    // prettier-ignore
    expect(t.rows).toEqual([
      ['2026-07-02', '14:00', '15:30', 'Лазерная резка', 'Кравцов О. В.', 'Мастерская 1', 10, 3, 3],
      ['2026-07-09', '14:00', '15:30', 'Лазерная резка', 'Кравцов О. В.', 'Мастерская 1', 10, 3, 'отменено'],
      ['2026-08-01', '14:00', '15:30', 'Кибербезопасность', 'Кравцов О. В., Зуева Т. П.', 'Мастерская 1', 12, 1, 'отменено'],
      ['2026-08-15', '14:00', '15:30', 'Портной', 'Кравцов О. В.', 'Мастерская 1', 6, 1, null],
      ['2026-09-29', '14:00', '15:30', 'Портной', 'Кравцов О. В.', 'Онлайн', 12, 2, 2],
      ['2026-09-30', '10:00', '11:30', 'Лазерная резка', 'Кравцов О. В.', 'Мастерская 1', 8, 2, 2],
    ]);
    // «Мест» is a capacity: its sum means nothing, so «Итого» leaves it empty (docs/formats.md §3).
    expect(t.total).toEqual(['Итого', null, null, null, null, null, null, 12, 7]);
  });

  it('Занятия: a session after the day the report is made says «запланировано»', () => {
    // Made on 10.08: the 15.08 session has no marks yet and lies ahead; the 29.09 and 30.09 ones do too.
    const early = table(buildQuarterlyReport(data, period, '2026-08-10').tables, 'Занятия');
    expect(early.rows.map((r) => [r[0], r[8]])).toEqual([
      ['2026-07-02', 3],
      ['2026-07-09', 'отменено'],
      ['2026-08-01', 'отменено'],
      ['2026-08-15', 'запланировано'],
      ['2026-09-29', 2],
      ['2026-09-30', 2],
    ]);
    expect(early.total![8]).toBe(7);
  });

  it('Участники: the pupil key ends each row of a pupil who has one', async () => {
    const keyed = await buildQuarterlyReportWithKeys(
      { ...data, venue: { ...data.venue!, pupilKeySecret: 'секрет региона' } },
      period,
      '2026-10-05',
    );
    const rows = table(keyed.tables, 'Участники').rows;
    // Only A and D have a birth date, so only they have a key.
    expect(rows.map((r) => typeof r[11] === 'string' && /^[0-9a-f]{32}$/.test(r[11]))).toEqual([
      true,
      false,
      false,
      true,
      false,
    ]);
    expect(rows[0]![11]).not.toBe(rows[3]![11]);
  });

  it('a completion on the day after the period moves to the next period', () => {
    const shifted = buildQuarterlyReport(data, { from: '2026-07-01', to: '2026-09-29' }, '2026-10-05');
    // D completed on 30.09, now outside; B and F (29.09) are still in.
    expect(table(shifted.tables, 'Участники').rows.map((r) => r[2])).toEqual([
      'Абрамова Анна Игоревна',
      'Борисов Борис Петрович',
      'Борисов Борис Петрович',
      'Ёлкин Фёдор',
    ]);
  });
});

describe('participant list', () => {
  it('has the platform columns, one row per trial, and filters', () => {
    const all = buildParticipantList(data, period);
    // The same rows as the report's «Участники» without its last column, the pupil key.
    expect(all.rows).toEqual(table(report.tables, 'Участники').rows.map((r) => r.slice(0, -1)));
    const p2 = buildParticipantList(data, period, { ...NO_FILTER, programIds: ['P2'] });
    expect(p2.rows.map((r) => [r[0], r[2]])).toEqual([
      [1, 'Борисов Борис Петрович'],
      [2, 'Ёлкин Фёдор'],
    ]);
    const ovz = buildParticipantList(data, period, { ...NO_FILTER, ovzOnly: true });
    expect(ovz.rows).toHaveLength(2);
    const school = buildParticipantList(data, period, { ...NO_FILTER, schoolIds: ['S2'], grades: [9] });
    expect(school.rows.map((r) => r[2])).toEqual(['Дмитриева Дарья']);
  });
});

describe('attendance journal', () => {
  it('lays out participants × sessions of a group', () => {
    const [g1] = buildAttendanceJournal(data, { groupIds: ['G1'] });
    expect(g1!.name).toBe('Лазер-1');
    expect(g1!.columns.map((c) => c.header)).toEqual([
      '№',
      'ФИО',
      'Школа',
      'Класс',
      '25.06.2026 14:00',
      '02.07.2026 14:00',
      '09.07.2026 14:00 (отменено)',
      'Посещено',
      'Проба пройдена',
    ]);
    // prettier-ignore
    expect(g1!.rows).toEqual([
      [1, 'Абрамова Анна Игоревна', 'СШ № 1', '6А', 'присутствовал', 'опоздал', 'отменено', 2, 'да'],
      [2, 'Борисов Борис Петрович', 'СШ № 1', '8Б', 'присутствовал', 'присутствовал', 'отменено', 2, 'да'],
      [3, 'Васильева Вера Олеговна', 'Лицей № 2', '11', 'отсутствовал', 'присутствовал', 'отменено', 1, 'нет'],
    ]);
    expect(g1!.total).toEqual(['Итого', null, null, null, 2, 3, null, 5, 2]);
  });

  it('over a period holds every group with a session in it, walk-ins included', () => {
    const tables = buildAttendanceJournal(data, { period });
    expect(tables.map((t) => t.name)).toEqual(['Лазер-1', 'Кибер-1', 'Портной-2', 'Портной-1', 'Лазер-2']);
    const g3 = tables.find((t) => t.name === 'Портной-1')!;
    expect(g3.columns.map((c) => c.header).slice(4)).toEqual([
      '29.09.2026 14:00',
      'Посещено',
      'Проба пройдена',
    ]);
    expect(g3.rows.map((r) => [r[1], r[4], r[6]])).toEqual([
      ['Борисов Борис Петрович', 'присутствовал', 'да'],
      ['Васильева Вера Олеговна', 'уважительная', 'нет'],
      ['Ёлкин Фёдор', 'присутствовал', 'да'],
    ]);
  });
});

describe('dashboard', () => {
  it('repeats the quarter figures and builds the chart series', () => {
    const stats = buildDashboard(data, period, ['2026-09', '2026-10'], '2026-10-05');
    expect(stats).toMatchObject({
      heldSessions: 3,
      completions: 5,
      certificates: 3,
      // Distinct enrolled across programmes: A, B, C, D, E, F.
      participants: 6,
      confirmedSessions: 1,
    });
    expect(stats.completionsByMonth).toEqual([
      { month: '2026-09', count: 3 },
      { month: '2026-10', count: 0 },
    ]);
    // September: s4 (2 present) and s5 (2 present, 1 excused) → 4 of 5.
    expect(stats.attendanceByMonth).toEqual([
      { month: '2026-09', rate: 80 },
      { month: '2026-10', rate: null },
    ]);
    expect(stats.bySchool).toEqual([
      { school: 'СШ № 1', count: 2 },
      { school: 'Лицей № 2', count: 1 },
      { school: '', count: 1 },
    ]);
    expect(stats.byGradeBand).toEqual([
      { band: '6–7', count: 1 },
      { band: '8–9', count: 2 },
      { band: '10–11', count: 1 },
    ]);
    expect(stats.bySphere).toEqual([
      { sphere: 'industrial', count: 3 },
      { sphere: 'creative', count: 2 },
    ]);
    // The page's words for these keys (Russian): the same labels the dashboard showed before.
    expect(homeRu.months['9']).toBe('сен');
    expect(homeRu.charts.gradeBand.replace('{{band}}', '6–7')).toBe('6–7 кл.');
    expect(homeRu.charts.noSchool).toBe('Школа не указана');
    expect(homeRu.spheres.industrial).toBe('Индустриальная');
  });
});

describe('CSV', () => {
  it('is ;-separated UTF-8 with BOM, guards formulas and round-trips quotes, semicolons and line breaks', () => {
    const tricky: ReportTable = {
      name: 'Участники',
      columns: [
        { header: 'ФИО', kind: 'text' },
        { header: 'Дата', kind: 'date' },
        { header: 'Кол-во', kind: 'number' },
      ],
      rows: [
        ['О\'Нил «Анна»; "Мария"\nвторая строка', '2026-03-12', 3],
        ['=HYPERLINK("http://x")', null, 0],
        ['+7 900', { date: '2026-01-02' }, null],
        ['-1', null, -1],
        ['@SUM(A1)', null, null],
      ],
      total: ['Итого', null, 2],
    };
    const csv = tableToCsv(tricky);
    expect(csv.startsWith('\uFEFFФИО;Дата;Кол-во\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      ['ФИО', 'Дата', 'Кол-во'],
      ['О\'Нил «Анна»; "Мария"\nвторая строка', '12.03.2026', '3'],
      ['\'=HYPERLINK("http://x")', '', '0'],
      ["'+7 900", '02.01.2026', ''],
      ["'-1", '', '-1'],
      ["'@SUM(A1)", '', ''],
      ['Итого', '', '2'],
    ]);
  });
});
