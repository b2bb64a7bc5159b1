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
