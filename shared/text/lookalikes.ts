import type { FioParts } from './fio';

/**
 * Latin letters drawn like Cyrillic ones. A name typed partly on the English layout («Абpaмoв» with Latin
 * р, а, о) looks right on screen but is another string: another duplicate key, not found by search.
 * A Map, so no word of a name can reach Object.prototype.
 */
const CYRILLIC_TWIN: ReadonlyMap<string, string> = new Map([
  ['A', 'А'],
  ['B', 'В'],
  ['C', 'С'],
  ['E', 'Е'],
  ['H', 'Н'],
  ['K', 'К'],
  ['M', 'М'],
  ['O', 'О'],
  ['P', 'Р'],
  ['T', 'Т'],
  ['X', 'Х'],
  ['Y', 'У'],
  ['a', 'а'],
  ['c', 'с'],
  ['e', 'е'],
  ['k', 'к'],
  ['o', 'о'],
  ['p', 'р'],
  ['x', 'х'],
  ['y', 'у'],
]);

/** The Cyrillic letter a Latin look-alike stands for, or undefined (one letter; any other text). */
export function cyrillicTwin(letter: string): string | undefined {
  return CYRILLIC_TWIN.get(letter);
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

export interface LookalikeFix {
  text: string;
  /** How many Latin letters were replaced by their Cyrillic twins. */
  fixed: number;
  /** Words mixing Cyrillic with Latin letters that have no Cyrillic twin: left as written, for a person to check. */
  mixed: string[];
}

/**
 * Corrects each word that mixes Cyrillic and Latin letters when every Latin letter in it has a Cyrillic
 * twin («Cмирнова» → «Смирнова»). A word wholly in Latin (a foreign name) is kept; a mixed word with a
 * Latin letter that has no twin («Иванoв-Smith»'s «Иванoв» is fixed, «Пeтrов» is not) is reported.
 * Hyphenated parts count as words of their own.
 */
export function fixLookalikes(text: string): LookalikeFix {
  let fixed = 0;
  const mixed: string[] = [];
  const out = text.replace(/[\p{L}\p{M}]+/gu, (word) => {
    if (!CYRILLIC.test(word) || !LATIN.test(word)) return word;
    const letters = [...word];
    if (letters.some((ch) => LATIN.test(ch) && !CYRILLIC_TWIN.has(ch))) {
      mixed.push(word);
      return word;
    }
    return letters
      .map((ch) => {
        const twin = CYRILLIC_TWIN.get(ch);
        if (twin === undefined) return ch;
        fixed += 1;
        return twin;
      })
      .join('');
  });
  return { text: out, fixed, mixed };
}

/** The three name parts with their look-alike letters corrected, and what was done. */
export function fixNameLookalikes(p: FioParts): { parts: FioParts; fixed: number; mixed: string[] } {
  const last = fixLookalikes(p.lastName);
  const first = fixLookalikes(p.firstName);
  const middle = fixLookalikes(p.middleName);
  return {
    parts: { lastName: last.text, firstName: first.text, middleName: middle.text },
    fixed: last.fixed + first.fixed + middle.fixed,
    mixed: [...last.mixed, ...first.mixed, ...middle.mixed],
  };
}
