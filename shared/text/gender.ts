import type { AttendanceStatus, Sex } from '../domain';
import type { FioParts } from './fio';
import { parseFio } from './fio';

/**
 * Russian that fits one person: where a document speaks of one pupil (the certificate, the filled attendance
 * sheet), the verb agrees with the pupil's sex. The stored «Пол» decides; failing that, the patronymic's ending
 * (‑вич/‑ич/оглы/улы/уулу/угли → male, ‑вна/‑чна/‑шна/‑кызы/‑кизи → female); failing both, the neutral
 * «прошёл(а)» form stays as written. Screens that speak of many use neutral nouns instead (the locales).
 */

const MALE_PARTICLES = ['оглы', 'улы', 'уулу', 'угли'];
const FEMALE_PARTICLES = ['кызы', 'кизи', 'гызы'];

/** The sex a patronymic tells, or null when it tells none (missing, foreign, unusual). */
export function sexFromPatronymic(middleName: string): Sex | null {
  const words = middleName.trim().toLocaleLowerCase('ru').split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const last = words[words.length - 1]!;
  if (MALE_PARTICLES.includes(last)) return 'M';
  if (FEMALE_PARTICLES.includes(last)) return 'F';
  const first = words[0]!;
  if (/ич$/.test(first)) return 'M';
  if (/(вна|чна|шна)$/.test(first)) return 'F';
  return null;
}

/** The stored sex, or the patronymic's, or null. `fio` may be the parts or the whole «Фамилия Имя Отчество». */
export function sexOf(person: { sex?: Sex | null; fio?: string } & Partial<FioParts>): Sex | null {
  if (person.sex === 'M' || person.sex === 'F') return person.sex;
  if (person.middleName !== undefined) return sexFromPatronymic(person.middleName);
  if (person.fio) {
    const parts = parseFio(person.fio);
    return parts ? sexFromPatronymic(parts.middleName) : null;
  }
  return null;
}

/**
 * Resolves the «слово(а)» / «слово(ла)» markers of a text for one person: «успешно прошёл(а)» → «успешно
 * прошёл» or «успешно прошла»; «Присутствовал(а)» → «Присутствовала». With no known sex the text stays as
 * written, so a reader still sees both forms.
 */
export function genderize(text: string, sex: Sex | null): string {
  if (!sex) return text;
  return text.replace(/([\p{L}-]+)\((а|ла)\)/gu, (_whole, word: string, ending: string) => {
    if (sex === 'M') return word;
    // «прошёл» → «прошла», «пришёл» → «пришла»: the fleeting «ё» drops in the feminine past.
    if (/ёл$/.test(word)) return `${word.slice(0, -2)}ла`;
    // «исключён» → «исключена»: the stress leaves the ending, so «ё» becomes «е».
    if (ending === 'а' && /ён$/.test(word)) return `${word.slice(0, -2)}ена`;
    if (ending === 'ла' && word.endsWith('л')) return `${word.slice(0, -1)}ла`;
    return `${word}${ending}`;
  });
}

const ATTENDANCE_WORDS: Record<AttendanceStatus, { M: string; F: string; neutral: string }> = {
  present: { M: 'Присутствовал', F: 'Присутствовала', neutral: 'Присутствие' },
  late: { M: 'Опоздал', F: 'Опоздала', neutral: 'Опоздание' },
  absent: { M: 'Отсутствовал', F: 'Отсутствовала', neutral: 'Отсутствие' },
  excused: { M: 'Уважительная причина', F: 'Уважительная причина', neutral: 'Уважительная причина' },
};

/**
 * A mark written about one pupil (the filled attendance sheet): «Присутствовала» for a girl, «Присутствовал» for
 * a boy, the neutral noun («Присутствие») when the sex is unknown. Document content, hence Russian.
 */
export function attendanceWord(status: AttendanceStatus, sex: Sex | null): string {
  const words = ATTENDANCE_WORDS[status];
  return sex ? words[sex] : words.neutral;
}

/**
 * A signature's decoding as Russian documents write it (ГОСТ Р 7.0.97): initials before the surname, joined
 * by no-break spaces — «М.\u00a0А.\u00a0Соколова». A name that cannot be split is returned as typed.
 */
export function signatureName(fio: string | FioParts): string {
  const parts = typeof fio === 'string' ? parseFio(fio) : fio;
  if (!parts) return typeof fio === 'string' ? fio.trim() : '';
  const initials = [parts.firstName, parts.middleName.split(/\s+/)[0] ?? '']
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => `${s.charAt(0).toLocaleUpperCase('ru')}.`);
  return [...initials, parts.lastName.trim()].filter(Boolean).join('\u00a0');
}
