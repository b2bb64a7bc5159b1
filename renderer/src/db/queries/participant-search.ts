import type { Id, Participant } from '@shared/domain';
import { ruCollator } from '@shared/text/collation';
import { normalizeKey, queryMatcher } from '@shared/text/normalize';
import { db as defaultDb, type ProfprobaDb } from '../index';

/**
 * The one participant search (the walk-in dialog and the enrolment dialogs): participants, not anonymised,
 * each of whose query words begins one of their ФИО words or their platform id, in ФИО order; at most `limit`.
 * The index narrows to those with a word starting like the first query word; `queryMatcher` checks the rest.
 */
export async function searchParticipants(
  query: string,
  limit = 30,
  db: ProfprobaDb = defaultDb,
): Promise<Participant[]> {
  const q = normalizeKey(query);
  if (!q) return [];
  const first = q.split(' ')[0]!;
  const rows = await db.participants.where('searchWords').startsWith(first).distinct().toArray();
  const matches = queryMatcher(q);
  return rows
    .filter((p) => !p.anonymizedAt && matches(p.searchWords))
    .sort((a, b) => ruCollator.compare(a.fioKey, b.fioKey))
    .slice(0, limit);
}

/** A whole class of a school: school + grade + letter (the letter compared case- and ё-insensitively). */
export async function findClass(
  schoolId: Id,
  grade: number,
  letter: string,
  db: ProfprobaDb = defaultDb,
): Promise<Participant[]> {
  const wanted = normalizeKey(letter);
  const rows = await db.participants.where('[schoolId+grade]').equals([schoolId, grade]).toArray();
  return rows.filter((p) => !p.anonymizedAt && (!wanted || normalizeKey(p.classLetter) === wanted));
}

/** The letters of a school's grade that exist in the data, for the class picker. */
export async function classLetters(
  schoolId: Id,
  grade: number,
  db: ProfprobaDb = defaultDb,
): Promise<string[]> {
  const rows = await db.participants.where('[schoolId+grade]').equals([schoolId, grade]).toArray();
  return [...new Set(rows.map((p) => p.classLetter.trim().toLocaleUpperCase('ru')).filter(Boolean))].sort();
}

/**
 * The rows whose stored search words match the normalised query by `queryMatcher`'s rule (every query word
 * begins one of the row's words), in the order given. Written as plain loops, as one function: the first
 * keystroke over 20 000 people runs before the JIT has warmed the list's code, and a loop in one function is
 * optimised while it runs, where a callback per row (`filter`, `every`, `some`) is interpreted 80 000 times.
 */
export function matchSearchWords<T extends { searchWords: readonly string[] }>(
  rows: readonly T[],
  normalizedQuery: string,
): T[] {
  const parts = normalizedQuery.split(' ').filter(Boolean);
  if (parts.length === 0) return rows.slice();
  const out: T[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const words = row.searchWords;
    let all = true;
    for (let q = 0; q < parts.length && all; q++) {
      const part = parts[q]!;
      let found = false;
      for (let w = 0; w < words.length; w++) {
        if (words[w]!.startsWith(part)) {
          found = true;
          break;
        }
      }
      all = found;
    }
    if (all) out.push(row);
  }
  return out;
}

/**
 * The list's search as a person types: a query that only adds letters to the previous one can match only rows
 * the previous one matched (each of its words begins with, or is, a word of the previous query), so it filters
 * the previous result instead of all rows. A new query's first letter or two, which have no previous result to
 * narrow, take the rows with a word beginning with them from an index `prepare` builds while the page is idle
 * (every row matched has such a word). The result is the same as `matchSearchWords` over all rows, in their
 * order; only the work differs.
 */
export class SearchNarrower<T extends { searchWords: readonly string[] }> {
  private last: { rows: readonly T[]; query: string; result: readonly T[] } | null = null;
  private index: { rows: readonly T[]; byStart: Map<number, T[]> } | null = null;

  /**
   * Indexes `rows` by the first letter, and the first two letters, of each of their words, in their order: one
   * pass, done once a list is loaded and shown, so that a search's first letters do not scan every row while
   * someone types. Keyed by character codes: no string is made per word.
   */
  prepare(rows: readonly T[]): void {
    if (this.index?.rows === rows) return;
    const byStart = new Map<number, T[]>();
    const add = (key: number, row: T) => {
      const list = byStart.get(key);
      // A row goes into a list once, however many of its words begin the same way (rows are added in order).
      if (!list) byStart.set(key, [row]);
      else if (list[list.length - 1] !== row) list.push(row);
    };
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const words = row.searchWords;
      for (let w = 0; w < words.length; w++) {
        const word = words[w]!;
        if (word.length === 0) continue;
        add(startKey(word, 1), row);
        if (word.length > 1) add(startKey(word, 2), row);
      }
    }
    this.index = { rows, byStart };
  }

  match(rows: readonly T[], normalizedQuery: string): readonly T[] {
    const last = this.last;
    let result: readonly T[];
    const first = normalizedQuery.split(' ').find(Boolean) ?? '';
    if (!first) result = rows;
    else {
      // The rows with a word beginning like the query's first word: all it can match.
      const length = Math.min(first.length, 2);
      const indexed =
        this.index?.rows === rows ? (this.index.byStart.get(startKey(first, length)) ?? []) : null;
      const narrowed =
        last !== null && last.rows === rows && last.query !== '' && normalizedQuery.startsWith(last.query)
          ? last.result
          : null;
      // A query of one word of one or two letters is exactly such rows; otherwise the fewest rows are filtered.
      if (indexed && normalizedQuery === first && first.length === length) result = indexed;
      else
        result = matchSearchWords(
          narrowed && (!indexed || narrowed.length <= indexed.length) ? narrowed : (indexed ?? rows),
          normalizedQuery,
        );
    }
    this.last = { rows, query: normalizedQuery, result };
    return result;
  }
}

/** A word's first one or two UTF-16 code units as one number (two-letter keys stay apart from one-letter ones). */
function startKey(word: string, length: number): number {
  return length === 1 ? word.charCodeAt(0) : 0x10000 * (word.charCodeAt(0) + 1) + word.charCodeAt(1);
}
