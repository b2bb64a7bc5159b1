import { describe, expect, it } from 'vitest';
import type { Participant } from '../domain';
import { withKeys } from '../participants/build';
import { joinFio } from '../text/fio';
import { normalizeKey } from '../text/normalize';
import type { SyncRecord } from './docs';
import { storedForm } from './stored-form';

const typed = { lastName: 'Абpaмoв', firstName: 'Илья', middleName: 'Олегович' };
// As version 4 keyed it: by the name as typed, Latin р, а, о included.
const staleKey = normalizeKey(joinFio(typed));

/** What keys are made of, and a field of the rest (the rest is carried as it is). */
function participant(over: Partial<Participant> = {}): Participant {
  const p = {
    id: 'p1',
    ...typed,
    fioKey: staleKey,
    searchWords: staleKey.split(' '),
    grade: 8,
    platformId: 'BVB-17',
    anonymizedAt: null,
    ...over,
  };
  return p as Participant;
}

const rec = (p: unknown) => p as SyncRecord;

describe('storedForm', () => {
  it("makes a participant's keys again by today's rule, and changes nothing else", () => {
    expect(staleKey).not.toBe('абрамов илья олегович');
    const stored = storedForm('participants', rec(participant())) as unknown as Participant;
    expect(stored.fioKey).toBe('абрамов илья олегович');
    expect(stored.searchWords).toEqual(['абрамов', 'илья', 'олегович', 'bvb-17']);
    expect(stored).toEqual(withKeys(participant()));
    // The name as typed is kept: only what is derived from it is made again.
    expect({ ...stored, fioKey: staleKey, searchWords: participant().searchWords }).toEqual(participant());
  });

  it('keys an anonymised participant by its id, as a local write does', () => {
    const gone = participant({ lastName: '', firstName: '', middleName: '', anonymizedAt: '2026-10-01' });
    expect(storedForm('participants', rec(gone))).toMatchObject({ fioKey: '~p1', searchWords: [] });
  });

  it('leaves other tables, and a participant whose name is not text, as they came', () => {
    const mentor = rec({ id: 'm1', lastName: 'Абpaмoвa' });
    expect(storedForm('mentors', mentor)).toBe(mentor);
    const broken = rec({ id: 'p2', lastName: 7, fioKey: 'x' });
    expect(storedForm('participants', broken)).toBe(broken);
  });
});
