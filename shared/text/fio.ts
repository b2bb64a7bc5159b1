import { fixNameLookalikes } from './lookalikes';
import { cleanSpaces, normalizeKey } from './normalize';

export interface FioParts {
  lastName: string;
  firstName: string;
  middleName: string;
}

/** «иванова-петрова  анна» → «Иванова-Петрова Анна»: capitalises each part of a hyphenated name. */
export function capitalizeName(word: string): string {
  return word
    .split('-')
    .map((part) =>
      part ? part.charAt(0).toLocaleUpperCase('ru') + part.slice(1).toLocaleLowerCase('ru') : part,
    )
    .join('-');
}

const PARTICLES = new Set(['оглы', 'кызы', 'угли', 'улы', 'уулу', 'кизи']);

/**
 * Splits «Фамилия Имя Отчество» held in one cell. The patronymic may be missing; anything after the third
 * word («оглы», «кызы») belongs to the patronymic.
 */
export function parseFio(text: string): FioParts | null {
  const words = cleanSpaces(text).split(' ').filter(Boolean);
  if (words.length < 2) return null;
  // A word typed in one case (ИВАНОВ, иванов) is brought to name case; mixed case (МакКензи) is kept as
  // typed; patronymic particles («оглы», «кызы») stay lower case.
  const fix = (w: string) => {
    const lower = w.toLocaleLowerCase('ru');
    if (PARTICLES.has(lower)) return lower;
    return w === w.toLocaleUpperCase('ru') || w === lower ? capitalizeName(w) : w;
  };
  const [last, first, ...rest] = words.map(fix) as [string, string, ...string[]];
  return { lastName: last, firstName: first, middleName: rest.join(' ') };
}

export function joinFio(p: FioParts): string {
  return [p.lastName, p.firstName, p.middleName]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(' ');
}

/** «Иванов И. И.» */
export function shortFio(p: FioParts): string {
  const initials = [p.firstName, p.middleName]
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => `${s.charAt(0)}.`)
    .join('\u00a0');
  return initials ? `${p.lastName.trim()}\u00a0${initials}` : p.lastName.trim();
}

/**
 * The normalised ФИО key used for search and for the duplicate rule, made from the name with its Latin
 * look-alike letters corrected: «Абpaмoв» typed with Latin р, а, о has the key of «Абрамов».
 */
export function fioKey(p: FioParts): string {
  return normalizeKey(joinFio(fixNameLookalikes(p).parts));
}

/** Words indexed for participant search: the ФИО words and the platform id, normalised. */
export function searchWordsFor(p: FioParts, platformId?: string | null): string[] {
  const words = new Set(fioKey(p).split(' ').filter(Boolean));
  if (platformId) words.add(normalizeKey(platformId));
  return [...words];
}
