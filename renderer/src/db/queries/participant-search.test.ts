import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Participant } from '@shared/domain';
import { participantFromDraft } from '@shared/participants/build';
import { parseQuickParticipant, quickParticipantDraft } from '@shared/participants/quick-participant';
import { freshDbFactory } from '../testing/test-db';
import { queryMatcher } from '@shared/text/normalize';
import {
  classLetters,
  findClass,
  matchSearchWords,
  searchParticipants,
  SearchNarrower,
} from './participant-search';

const freshDb = freshDbFactory('participant-search-test');

function pupil(lastName: string, firstName: string, extra: Partial<Participant> = {}): Participant {
  const values = parseQuickParticipant({ lastName, firstName, middleName: '', schoolId: null, grade: 7 });
  return { ...participantFromDraft(quickParticipantDraft(values), 's1', 'manual', 'now'), ...extra };
}

describe('searchParticipants', () => {
  it('matches the beginnings of every query word, in any order, sorted by ФИО; not the anonymised', async () => {
    const db = freshDb();
    await db.participants.bulkAdd([
      pupil('Петрова', 'Анна'),
      pupil('Петров', 'Иван'),
      pupil('Анисимов', 'Пётр'),
      pupil('Петренко', 'Алла', { anonymizedAt: 'then', fioKey: '~x', searchWords: [] }),
    ]);
    const names = async (q: string, limit = 30) =>
      (await searchParticipants(q, limit, db)).map((p) => `${p.lastName} ${p.firstName}`);
    // «ё» is «е» for the search: «Пётр» begins with «пет» too.
    expect(await names('пет')).toEqual(['Анисимов Пётр', 'Петров Иван', 'Петрова Анна']);
    expect(await names('петро')).toEqual(['Петров Иван', 'Петрова Анна']);
    expect(await names('ан пет')).toEqual(['Анисимов Пётр', 'Петрова Анна']);
    expect(await names('ПЁТР АНИ')).toEqual(['Анисимов Пётр']);
    expect(await names('пет', 1)).toEqual(['Анисимов Пётр']);
    expect(await names('  ')).toEqual([]);
  });
});

describe('a class of a school', () => {
  it('finds a class by school, grade and letter (any case) and lists the letters', async () => {
    const db = freshDb();
    await db.participants.bulkAdd([
      pupil('Ким', 'Анна', { classLetter: 'Б' }),
      pupil('Ли', 'Олег', { classLetter: 'а' }),
      pupil('Ан', 'Ева', { classLetter: 'А', grade: 8 }),
    ]);
    expect((await findClass('s1', 7, 'б', db)).map((p) => p.lastName)).toEqual(['Ким']);
    expect(await classLetters('s1', 7, db)).toEqual(['А', 'Б']);
  });
});

describe('matchSearchWords and SearchNarrower (the list search as a person types)', () => {
  const rows = [
    pupil('Петрова', 'Анна'),
    pupil('Петров', 'Иван'),
    pupil('Анисимов', 'Пётр'),
    pupil('Смирнова', 'Мария'),
    pupil('Смирнов', 'Пётр'),
    pupil('Иванов', 'Семён'),
  ];
  const byRule = (q: string) => rows.filter((p) => queryMatcher(q)(p.searchWords));
  const names = (list: readonly Participant[]) => list.map((p) => `${p.lastName} ${p.firstName}`);

  it('keeps exactly the rows queryMatcher keeps, in their order', () => {
    for (const q of ['', 'п', 'пет', 'петр', 'ан пет', 'пет ан', 'смирн', 'сем', 'x', 'иван п'])
      expect(names(matchSearchWords(rows, q)), q).toEqual(names(byRule(q)));
    expect(names(matchSearchWords(rows, 'пет ан'))).toEqual(['Петрова Анна', 'Анисимов Пётр']);
  });

  it('gives the same result as a search over all rows, whether letters are added, erased or replaced', () => {
    const narrower = new SearchNarrower<Participant>();
    const typed = [
      '',
      'с',
      'см',
      'сми',
      'см',
      'с',
      'п',
      'пе',
      'пет',
      'пет ',
      'пет а',
      'пет ан',
      'пет и',
      'и',
      '',
    ];
    for (const q of typed) expect(names(narrower.match(rows, q)), q).toEqual(names(byRule(q)));
    // New rows (the list re-read) are searched whole, not narrowed from the old result.
    const more = [...rows, pupil('Смирнов', 'Антон')];
    narrower.match(rows, 'смир');
    expect(names(narrower.match(more, 'смирн'))).toEqual(['Смирнова Мария', 'Смирнов Пётр', 'Смирнов Антон']);
  });

  it('prepared: the same results, and a first letter taken from the index without reading every row', () => {
    let reads = 0;
    const counted = rows.map((p) => {
      const words = p.searchWords;
      return {
        ...p,
        get searchWords() {
          reads += 1;
          return words;
        },
      };
    });
    const narrower = new SearchNarrower<Participant>();
    narrower.prepare(counted);
    reads = 0;
    expect(names(narrower.match(counted, 'с'))).toEqual(names(byRule('с')));
    // A second letter, and two letters begun anew, come from the index too.
    expect(names(narrower.match(counted, 'см'))).toEqual(names(byRule('см')));
    expect(names(narrower.match(counted, 'пе'))).toEqual(names(byRule('пе')));
    expect(reads).toBe(0);
    expect(names(narrower.match(counted, ' '))).toEqual(names(counted));
    // Replaced, multi-word, erased and unknown letters, each checked against the rule over all rows.
    for (const q of ['с', 'см', 'п', 'пет а', 'а пет', 'и', 'иван п', 'я', 'x', '', 'пё', 'ан', 'ан п', 'и'])
      expect(names(narrower.match(counted, q)), q).toEqual(names(byRule(q)));
    // Rows the index was not built for are searched whole.
    const more = [...counted, pupil('Сидоров', 'Пётр')];
    expect(names(narrower.match(more, 'с'))).toEqual([...names(byRule('с')), 'Сидоров Пётр']);
  });
});
