import { cellText, isEmptyRow, type Cell, type CellTable } from './cells';

/** What a column of an imported list can be. */
export const IMPORT_FIELDS = [
  'fio',
  'lastName',
  'firstName',
  'middleName',
  'birthDate',
  'sex',
  'school',
  'municipality',
  'classFull',
  'grade',
  'classLetter',
  'contact',
  'hasDisability',
  'nosology',
  'platformId',
  'verification',
  'navigator',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  fio: 'ФИО одной строкой',
  lastName: 'Фамилия',
  firstName: 'Имя',
  middleName: 'Отчество',
  birthDate: 'Дата рождения',
  sex: 'Пол',
  school: 'Школа',
  municipality: 'Муниципалитет',
  classFull: 'Класс с буквой (8Б)',
  grade: 'Класс без буквы',
  classLetter: 'Буква класса',
  contact: 'Контакты',
  hasDisability: 'Наличие ОВЗ',
  nosology: 'Нозология',
  platformId: 'ID на платформе',
  verification: 'Статус верификации',
  navigator: 'Педагог-навигатор',
};

/** Target field → 0-based column index in the file (absent = not imported). */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/** Header text as compared: lower case, ё→е, punctuation and extra spaces dropped. */
export function headerKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[.,:;«»"'()№#*_/\\-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Names people give these columns; compared after headerKey(). */
const SYNONYMS: Record<ImportField, readonly string[]> = {
  fio: [
    'фио',
    'ф и о',
    'фамилия имя отчество',
    'фамилия имя',
    'фио обучающегося',
    'фио учащегося',
    'фио ученика',
    'фио участника',
    'фио ребенка',
    'обучающийся',
    'участник',
    'ученик',
  ],
  lastName: ['фамилия', 'фамилия обучающегося', 'фамилия ученика', 'фамилия участника'],
  firstName: ['имя', 'имя обучающегося', 'имя ученика', 'имя участника'],
  middleName: ['отчество', 'отчество обучающегося', 'отчество ученика', 'отчество участника'],
  birthDate: ['дата рождения', 'дата рожд', 'др', 'день рождения', 'дата рождения обучающегося'],
  sex: ['пол'],
  school: [
    'школа',
    'оо',
    'образовательная организация',
    'наименование оо',
    'наименование образовательной организации',
    'учебное заведение',
    'образовательное учреждение',
    'организация',
    'наименование школы',
  ],
  municipality: ['муниципалитет', 'муниципальное образование', 'район', 'городской округ', 'мо'],
  classFull: ['класс', 'класс с буквой', 'класс литера', 'кл'],
  grade: ['класс без буквы', 'параллель', 'номер класса'],
  classLetter: ['буква класса', 'литера', 'литер', 'буква'],
  contact: ['почта телефон', 'телефон', 'e mail', 'email', 'почта', 'контакты', 'контактный телефон'],
  hasDisability: ['наличие овз', 'овз', 'ограниченные возможности здоровья', 'с овз'],
  nosology: ['нозология', 'нозологическая группа', 'вид нарушения'],
  platformId: [
    'id',
    'id на платформе',
    'id участника',
    'идентификатор',
    'идентификатор на платформе',
    'id обучающегося',
    'id платформы',
  ],
  verification: ['статус верификации', 'верификация'],
  navigator: ['ответственный педагог навигатор', 'педагог навигатор', 'навигатор'],
};

const SYNONYM_INDEX = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) for (const s of SYNONYMS[field]) SYNONYM_INDEX.set(s, field);

/** The field a header names, if it is one of the known names. */
export function fieldForHeader(header: string): ImportField | null {
  const key = headerKey(header).replace(/^ф и о( |$)/, 'фио$1');
  // A long cell is a title or a value, not a column name.
  if (!key || key.length > 60) return null;
  const exact = SYNONYM_INDEX.get(key);
  if (exact) return exact;
  if (key.includes('фамилия') && key.includes('имя')) return 'fio';
  if (key.startsWith('фио')) return 'fio';
  if (key.startsWith('дата рожд')) return 'birthDate';
  return null;
}

/**
 * The federal platform's export (docs/formats.md §1): 45 columns in this order. «названия» and «даты
 * прохождения» repeat, so columns are matched by position, not by name.
 */
export const PLATFORM_COLUMNS = [
  '№пп',
  'Федеральный округ',
  'Регион',
  'Муниципалитет',
  'ФИО',
  'Дата рождения',
  'образовательная организация',
  'Дата (год) регистрации на платформе',
  'В архиве с какого года',
  'Статус авторизации в системе',
  'Дата последней активности',
  'Статус верификации',
  'класс (без буквы)',
  'буква класса',
  'группы',
  'дата рождения/ возраст',
  'пол',
  'почта, телефон',
  'наличие ОВЗ',
  'нозология',
  'скан согласия родителей на обработку перс.данных',
  'количество пройденных диагностик',
  'темы диагностик',
  'даты пройденных диагностик',
  'дата получения рекомендации',
  'рекомендуемые среды',
  'кол-во посещенных профпроб в текущем году',
  'названия',
  'даты прохождения',
  'кол-во посещенных вирт. профпроб в текущем году',
  'названия',
  'даты прохождения',
  'кол-во посещенных партнерск. профпроб в текущем году',
  'названия',
  'даты прохождения',
  'кол-во посещенных уроков в текущем году',
  'названия уроков',
  'даты уроков',
  'даты посещений выставки в текущем году',
  'даты посещений виртуальной выставки',
  'даты посещений фестиваля профессий',
  'даты посещений экскурсии',
  'даты посещений мастер-класса',
  'даты посещений других мероприятий',
  'ответственный педагог-навигатор',
] as const;

/** Where each field sits in the platform export (0-based). */
export const PLATFORM_MAPPING: ColumnMapping = {
  municipality: 3,
  fio: 4,
  birthDate: 5,
  school: 6,
  verification: 11,
  grade: 12,
  classLetter: 13,
  sex: 16,
  contact: 17,
  hasDisability: 18,
  nosology: 19,
  navigator: 44,
};

/** The platform's trial columns: names and dates of visited trials, by position (in-person, virtual, partner). */
export const PLATFORM_TRIAL_COLUMNS = [
  { kind: 'очные', names: 27, dates: 28 },
  { kind: 'виртуальные', names: 30, dates: 31 },
  { kind: 'партнёрские', names: 33, dates: 34 },
] as const;

/**
 * True when a header row is the platform's: at least 40 of the 45 headers match at their positions, so a
 * renamed or extra column in some year does not turn the file into a «generic list».
 */
export function isPlatformHeader(row: readonly Cell[]): boolean {
  let matches = 0;
  PLATFORM_COLUMNS.forEach((name, i) => {
    if (headerKey(cellText(row[i] ?? null)) === headerKey(name)) matches += 1;
  });
  return matches >= 40;
}

function headerScore(row: readonly Cell[]): number {
  if (isPlatformHeader(row)) return 100;
  const seen = new Set<ImportField>();
  for (const cell of row) {
    if (typeof cell !== 'string') continue;
    const f = fieldForHeader(cell);
    if (f) seen.add(f);
  }
  // A name column is the one a list of pupils cannot lack: it alone is enough to call a row the header.
  return seen.size + (seen.has('fio') || seen.has('lastName') ? 1 : 0);
}

/**
 * Finds the header row among the first rows: title blocks (report name, date, filters) come first in many
 * files, and their number changes from year to year. The row naming the most known columns wins; null
 * when no row names at least two.
 */
export function findHeaderRow(rows: CellTable, scanRows = 30): number | null {
  let best: number | null = null;
  let bestScore = 1;
  for (let i = 0; i < Math.min(rows.length, scanRows); i++) {
    if (isEmptyRow(rows[i])) continue;
    const score = headerScore(rows[i]!);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

/** The suggested mapping: by position for the platform export, by header names otherwise (first match wins). */
export function suggestMapping(header: readonly Cell[]): ColumnMapping {
  if (isPlatformHeader(header)) return { ...PLATFORM_MAPPING };
  const mapping: ColumnMapping = {};
  header.forEach((cell, i) => {
    const f = fieldForHeader(cellText(cell));
    if (f && mapping[f] === undefined) mapping[f] = i;
  });
  return mapping;
}

/** Applies a saved profile (field → header text) to a header row; fields whose header is absent are left out. */
export function mappingFromProfile(header: readonly Cell[], profile: Record<string, string>): ColumnMapping {
  const keys = header.map((c) => headerKey(cellText(c)));
  const mapping: ColumnMapping = {};
  for (const field of IMPORT_FIELDS) {
    const wanted = profile[field];
    if (!wanted) continue;
    // A profile saved on a file with repeated headers stores «#<index>»: position is the only identity.
    const pos = /^#(\d+)$/.exec(wanted);
    if (pos) {
      const i = Number(pos[1]);
      if (i < header.length) mapping[field] = i;
      continue;
    }
    const i = keys.indexOf(headerKey(wanted));
    if (i >= 0) mapping[field] = i;
  }
  return mapping;
}

/** A mapping as a profile: field → header text, or «#index» where the header text repeats. */
export function profileFromMapping(header: readonly Cell[], mapping: ColumnMapping): Record<string, string> {
  const keys = header.map((c) => headerKey(cellText(c)));
  const out: Record<string, string> = {};
  for (const field of IMPORT_FIELDS) {
    const i = mapping[field];
    if (i === undefined) continue;
    const key = keys[i] ?? '';
    const repeated = keys.filter((k) => k === key).length > 1;
    out[field] = repeated || !key ? `#${i}` : cellText(header[i] ?? null);
  }
  return out;
}

/** Russian reason why a mapping cannot be imported, or null when it can. */
export function mappingProblem(mapping: ColumnMapping): string | null {
  const hasFio = mapping.fio !== undefined;
  const hasParts = mapping.lastName !== undefined && mapping.firstName !== undefined;
  if (!hasFio && !hasParts)
    return 'Не выбран столбец с ФИО: укажите столбец «ФИО одной строкой» или столбцы «Фамилия» и «Имя».';
  return null;
}
