import type {
  AttendanceMark,
  AttendanceStatus,
  Consent,
  Enrollment,
  Group,
  IsoDate,
  Mentor,
  Participant,
  Place,
  Program,
  School,
  Session,
  Venue,
} from '../domain';
import { VENUE_ID, attendanceMarkId } from '../domain';
import { addDays, startOfWeek, toIsoDate } from '../dates';
import { fioKey, searchWordsFor } from '../text/fio';
import { normalizeKey } from '../text/normalize';
import { pick, seededId, seededRandom } from '../random';
import { FEMALE_FIRST, FEMALE_MIDDLE, MALE_FIRST, MALE_MIDDLE, SURNAMES, feminineSurname } from './names';

/** Everything the demo venue puts into an empty database. */
export interface VenueDataset {
  venue: Venue;
  programs: Program[];
  mentors: Mentor[];
  places: Place[];
  schools: School[];
  participants: Participant[];
  consents: Consent[];
  groups: Group[];
  sessions: Session[];
  enrollments: Enrollment[];
  attendance: AttendanceMark[];
}

const SCHOOL_NAMES: readonly [string, string][] = [
  [
    'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 1»',
    'МБОУ СОШ № 1',
  ],
  [
    'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 3»',
    'МБОУ СОШ № 3',
  ],
  ['Муниципальное бюджетное общеобразовательное учреждение «Лицей № 5»', 'МБОУ Лицей № 5'],
  ['Муниципальное бюджетное общеобразовательное учреждение «Гимназия № 2»', 'МБОУ Гимназия № 2'],
  [
    'Муниципальное бюджетное общеобразовательное учреждение «Основная общеобразовательная школа № 8»',
    'МБОУ ООШ № 8',
  ],
  [
    'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 12»',
    'МБОУ СОШ № 12',
  ],
];

interface ProgramSeed {
  title: string;
  profession: string;
  sphere: Program['sphere'];
  format: Program['format'];
  duration: number;
  equipment: Program['equipment'];
  task: string;
}

const PROGRAM_SEEDS: readonly ProgramSeed[] = [
  {
    title: 'Лазерная резка: от эскиза до изделия',
    profession: 'Оператор лазерного станка',
    sphere: 'industrial',
    format: 'in-person',
    duration: 90,
    equipment: [
      {
        name: 'Лазерный гравировальный станок',
        specs: 'Рабочее поле 600×400 мм, CO₂ 60 Вт',
        quantity: 1,
        per: 'group',
        required: true,
      },
      { name: 'Фанера', specs: '3 мм, 300×300 мм', quantity: 2, per: 'person', required: true },
      {
        name: 'Ноутбук с векторным редактором',
        specs: 'Inkscape или CorelDRAW',
        quantity: 1,
        per: 'person',
        required: false,
      },
    ],
    task: 'Подготовить макет брелока в векторном редакторе и вырезать его на станке.',
  },
  {
    title: 'Станки с ЧПУ: первая деталь',
    profession: 'Оператор станков с ЧПУ',
    sphere: 'industrial',
    format: 'in-person',
    duration: 135,
    equipment: [
      {
        name: 'Фрезерный станок с ЧПУ',
        specs: 'Настольный, 3 оси',
        quantity: 1,
        per: 'group',
        required: true,
      },
      { name: 'Заготовка из оргстекла', specs: '100×100×5 мм', quantity: 1, per: 'person', required: true },
      { name: 'Защитные очки', specs: '', quantity: 1, per: 'person', required: true },
    ],
    task: 'Загрузить управляющую программу, выставить ноль и изготовить деталь по чертежу.',
  },
  {
    title: 'Портной: пошив простого изделия',
    profession: 'Портной',
    sphere: 'creative',
    format: 'in-person',
    duration: 90,
    equipment: [
      { name: 'Швейная машина', specs: 'Бытовая, прямострочная', quantity: 1, per: 'person', required: true },
      { name: 'Ткань хлопковая', specs: '0,5 м', quantity: 1, per: 'person', required: true },
      { name: 'Манекен', specs: '', quantity: 1, per: 'group', required: false },
    ],
    task: 'Раскроить и сшить эко-сумку по готовому лекалу.',
  },
  {
    title: 'Кибербезопасность: найди уязвимость',
    profession: 'Специалист по кибербезопасности',
    sphere: 'safe',
    format: 'blended',
    duration: 90,
    equipment: [
      {
        name: 'Компьютер',
        specs: 'С доступом к учебному стенду',
        quantity: 1,
        per: 'person',
        required: true,
      },
      { name: 'Проектор', specs: '', quantity: 1, per: 'group', required: false },
    ],
    task: 'Найти и описать три уязвимости учебного веб-приложения.',
  },
  {
    title: 'Эколог: анализ воды и почвы',
    profession: 'Эколог',
    sphere: 'agrarian',
    format: 'in-person',
    duration: 90,
    equipment: [
      {
        name: 'Экспресс-лаборатория для анализа воды',
        specs: 'Тест-системы pH, нитраты, жёсткость',
        quantity: 1,
        per: 'group',
        required: true,
      },
      { name: 'Микроскоп', specs: 'Учебный, ×400', quantity: 1, per: 'person', required: false },
    ],
    task: 'Отобрать пробы воды, провести экспресс-анализ и оформить протокол.',
  },
];

const MENTOR_SEEDS: readonly [string, string, string, string, string][] = [
  ['Кравцов', 'Олег', 'Викторович', 'Педагог дополнительного образования', 'Оператор лазерного станка'],
  ['Мельникова', 'Ирина', 'Сергеевна', 'Мастер производственного обучения', 'Оператор станков с ЧПУ'],
  ['Зуева', 'Татьяна', 'Петровна', 'Педагог дополнительного образования', 'Портной'],
  ['Рябов', 'Денис', 'Андреевич', 'Инженер по защите информации', 'Специалист по кибербезопасности'],
  ['Лукина', 'Елена', 'Владимировна', 'Педагог-эколог', 'Эколог'],
];

const PLACE_SEEDS: readonly [string, Place['kind'], number][] = [
  ['Лаборатория цифрового производства (ауд. 104)', 'workshop', 14],
  ['Мастерская станков с ЧПУ (ауд. 106)', 'workshop', 12],
  ['Швейная мастерская (ауд. 210)', 'workshop', 15],
  ['Компьютерный класс (ауд. 305)', 'classroom', 16],
  ['Экологическая лаборатория (ауд. 118)', 'classroom', 15],
];

/**
 * A made-up venue shaped like a real centre: five programmes, six schools, about 130 pupils of grades 8–9,
 * groups with sessions around `today` (earlier sessions carry attendance, later ones are planned).
 * Deterministic for a given `today` and `seed`.
 */
export function buildDemoVenue(today: IsoDate, seed = 20260901): VenueDataset {
  const rnd = seededRandom(seed);
  const id = () => seededId(rnd);
  const stamp = `${today}T08:00:00.000Z`;

  const venue: Venue = {
    id: VENUE_ID,
    fullName:
      'Муниципальное бюджетное учреждение дополнительного образования «Центр детского технического творчества „Импульс“» (демо)',
    shortName: 'ЦДТТ «Импульс» (демо)',
    kind: 'cdtt',
    inn: '3700000000',
    ogrn: '1023700000000',
    oktmo: '24701000',
    region: 'Ивановская область',
    municipality: 'городской округ Заречный',
    town: 'Заречный',
    address: '155000, Ивановская область, г. Заречный, ул. Заводская, д. 7',
    directorName: 'Соколова Марина Александровна',
    directorPosition: 'Директор',
    coordinatorName: 'Петров Алексей Игоревич',
    coordinatorPhone: '+7 (900) 000-00-00',
    coordinatorEmail: 'coordinator@example.ru',
    platformId: 'DEMO-0001',
    certificatePrefix: 'ИМП',
    logoDataUrl: null,
    signatureDataUrl: null,
    isDemo: true,
    updatedAt: stamp,
  };

  const mentors: Mentor[] = MENTOR_SEEDS.map(([lastName, firstName, middleName, position, profession]) => ({
    id: id(),
    lastName,
    firstName,
    middleName,
    position,
    organization: venue.shortName,
    profession,
    phone: '',
    email: '',
    archived: false,
    createdAt: stamp,
    updatedAt: stamp,
  }));

  const places: Place[] = PLACE_SEEDS.map(([name, kind, capacity]) => ({
    id: id(),
    name,
    kind,
    capacity,
    address: venue.address,
    link: '',
    archived: false,
    createdAt: stamp,
    updatedAt: stamp,
  }));

  const programs: Program[] = PROGRAM_SEEDS.map((s, i) => ({
    id: id(),
    title: s.title,
    titleKey: normalizeKey(s.title),
    profession: s.profession,
    sphere: s.sphere,
    level: 'intro',
    format: s.format,
    durationMinutes: s.duration,
    gradeMin: 8,
    gradeMax: 9,
    maxGroupSize: PLACE_SEEDS[i]?.[2] ?? 15,
    ovzAdapted: i === 2 || i === 4,
    nosologies: i === 2 || i === 4 ? ['hearing', 'speech'] : [],
    author: `${mentors[i]?.lastName ?? ''} ${mentors[i]?.firstName.charAt(0) ?? ''}. ${mentors[i]?.middleName.charAt(0) ?? ''}.`,
    mentorIds: mentors[i] ? [mentors[i].id] : [],
    description: `Профессиональная проба знакомит обучающихся с профессией «${s.profession}»: рабочее место, инструменты, техника безопасности и первое самостоятельное задание.`,
    task: s.task,
    assessmentCriteria:
      'Соблюдение техники безопасности; выполнение задания по инструкции; качество результата; умение рассказать о профессии.',
    mentorNotes: 'Перед началом проведите инструктаж по технике безопасности и зафиксируйте его в журнале.',
    equipment: s.equipment,
    status: 'active',
    completion: { mode: 'all' },
    createdAt: stamp,
    updatedAt: stamp,
  }));

  const schools: School[] = SCHOOL_NAMES.map(([fullName, shortName]) => ({
    id: id(),
    fullName,
    shortName,
    nameKey: normalizeKey(fullName),
    municipality: venue.municipality,
    inn: `37${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}`,
    navigatorName: `${pick(rnd, SURNAMES)}а ${pick(rnd, FEMALE_FIRST)} ${pick(rnd, FEMALE_MIDDLE)}`,
    navigatorPhone: '',
    navigatorEmail: '',
    createdAt: stamp,
    updatedAt: stamp,
  }));

  const participants: Participant[] = [];
  const consents: Consent[] = [];
  const year = Number(today.slice(0, 4));
  const usedKeys = new Set<string>();
  while (participants.length < 132) {
    const female = rnd() < 0.5;
    const stem = pick(rnd, SURNAMES);
    const lastName = female ? feminineSurname(stem) : stem;
    const firstName = female ? pick(rnd, FEMALE_FIRST) : pick(rnd, MALE_FIRST);
    const middleName = rnd() < 0.06 ? '' : female ? pick(rnd, FEMALE_MIDDLE) : pick(rnd, MALE_MIDDLE);
    const parts = { lastName, firstName, middleName };
    const key = fioKey(parts);
    if (usedKeys.has(key)) continue;
    usedKeys.add(key);
    const grade = rnd() < 0.5 ? 8 : 9;
    const birthYear = year - grade - 6 - (rnd() < 0.3 ? 1 : 0);
    const birthDate =
      rnd() < 0.1 ? null : toIsoDate(birthYear, 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28));
    const school = schools[participants.length % schools.length]!;
    const hasDisability = rnd() < 0.05;
    const platformId = rnd() < 0.85 ? String(1_000_000 + Math.floor(rnd() * 8_999_999)) : null;
    const pid = id();
    participants.push({
      id: pid,
      ...parts,
      fioKey: key,
      searchWords: searchWordsFor(parts, platformId),
      birthDate,
      sex: female ? 'F' : 'M',
      schoolId: school.id,
      grade,
      classLetter: pick(rnd, ['А', 'Б', 'В']),
      contact: '',
      hasDisability,
      nosology: hasDisability ? 'Нарушения слуха' : '',
      platformId,
      verification: platformId ? (rnd() < 0.8 ? 'verified' : 'unverified') : null,
      source: 'demo',
      anonymizedAt: null,
      createdAt: stamp,
      updatedAt: stamp,
    });
    const guardianName = `${female ? stem : lastName}${female ? 'а' : 'а'} ${pick(rnd, FEMALE_FIRST)} ${pick(rnd, FEMALE_MIDDLE)}`;
    const signedOn = addDays(today, -60 - Math.floor(rnd() * 30));
    const consentBase = {
      participantId: pid,
      guardianName,
      guardianRelation: 'мать',
      signedOn,
      validUntil: toIsoDate(year + 1, 8, 31),
      withdrawnOn: null,
      scan: null,
      createdAt: stamp,
      updatedAt: stamp,
    };
    consents.push({ id: id(), kind: 'personal-data', ...consentBase });
    if (hasDisability) consents.push({ id: id(), kind: 'health', ...consentBase });
    if (rnd() < 0.7) consents.push({ id: id(), kind: 'media', ...consentBase });
  }

  // Groups: two per programme for the first three programmes, one for the others; two sessions each,
  // a week apart. The first groups ran some weeks ago, the last ones are still ahead.
  const groups: Group[] = [];
  const sessions: Session[] = [];
  const enrollments: Enrollment[] = [];
  const attendance: AttendanceMark[] = [];
  const monday = startOfWeek(today);
  const groupPlan: {
    programIndex: number;
    weekOffset: number;
    weekday: number;
    start: string;
    end: string;
  }[] = [
    { programIndex: 0, weekOffset: -6, weekday: 1, start: '14:00', end: '15:30' },
    { programIndex: 1, weekOffset: -6, weekday: 2, start: '14:00', end: '16:15' },
    { programIndex: 2, weekOffset: -5, weekday: 3, start: '15:00', end: '16:30' },
    { programIndex: 3, weekOffset: -4, weekday: 4, start: '14:30', end: '16:00' },
    { programIndex: 4, weekOffset: -3, weekday: 2, start: '15:00', end: '16:30' },
    { programIndex: 0, weekOffset: -1, weekday: 1, start: '15:00', end: '16:30' },
    { programIndex: 1, weekOffset: 0, weekday: 3, start: '14:00', end: '16:15' },
    { programIndex: 2, weekOffset: 1, weekday: 4, start: '15:00', end: '16:30' },
    { programIndex: 3, weekOffset: 1, weekday: 5, start: '14:30', end: '16:00' },
  ];
  let cursor = 0;
  for (const plan of groupPlan) {
    const program = programs[plan.programIndex]!;
    const firstDate = addDays(monday, plan.weekOffset * 7 + plan.weekday - 1);
    const group: Group = {
      id: id(),
      programId: program.id,
      name: `${program.profession} — ${firstDate.split('-').reverse().join('.')}`,
      capacity: program.maxGroupSize,
      note: '',
      createdAt: stamp,
      updatedAt: stamp,
    };
    groups.push(group);
    const size = Math.min(program.maxGroupSize, 12 + Math.floor(rnd() * 3));
    const members = Array.from({ length: size }, () => participants[cursor++ % participants.length]!);
    members.forEach((p, position) =>
      enrollments.push({
        id: id(),
        groupId: group.id,
        participantId: p.id,
        status: 'enrolled',
        position,
        createdAt: stamp,
      }),
    );
    for (let n = 0; n < 2; n++) {
      const date = addDays(firstDate, n * 7);
      const session: Session = {
        id: id(),
        groupId: group.id,
        programId: program.id,
        date,
        start: plan.start,
        end: plan.end,
        placeId: places[plan.programIndex]!.id,
        onlineLink: '',
        mentorIds: [...program.mentorIds],
        status: 'planned',
        cancelReason: '',
        platformConfirmedOn: null,
        createdAt: stamp,
        updatedAt: stamp,
      };
      sessions.push(session);
      if (date < today) {
        if (rnd() < 0.6) session.platformConfirmedOn = addDays(date, 2) < today ? addDays(date, 2) : date;
        for (const p of members) {
          const r = rnd();
          const status: AttendanceStatus =
            r < 0.82 ? 'present' : r < 0.9 ? 'late' : r < 0.96 ? 'absent' : 'excused';
          attendance.push({
            id: attendanceMarkId(session.id, p.id),
            sessionId: session.id,
            participantId: p.id,
            groupId: group.id,
            status,
            note: '',
            updatedAt: stamp,
          });
        }
      }
    }
  }

  return {
    venue,
    programs,
    mentors,
    places,
    schools,
    participants,
    consents,
    groups,
    sessions,
    enrollments,
    attendance,
  };
}
