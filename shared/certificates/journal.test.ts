import { describe, expect, it } from 'vitest';
import type { Certificate } from '../domain';
import { certificateSchool, filterJournal, NO_JOURNAL_FILTERS } from './journal';

function cert(over: Partial<Certificate> & { fio: string; school?: string; short?: string }): Certificate {
  const { fio, school = 'МБОУ СОШ № 1', short = '', ...rest } = over;
  return {
    id: rest.number ?? fio,
    number: 'ИМП-2026-0001',
    year: 2026,
    seq: 1,
    participantId: 'p',
    programId: 'prog-1',
    groupId: 'g',
    issuedOn: '2026-11-20',
    status: 'issued',
    cancelReason: '',
    replacedById: null,
    replacesId: null,
    verificationCode: 'ABCD-EFGH',
    snapshot: { fio, schoolName: school, schoolShortName: short } as Certificate['snapshot'],
    createdAt: '',
    updatedAt: '',
    ...rest,
  };
}

describe('journal filters', () => {
  const a = cert({ fio: 'Ёлкина Анна', number: 'ИМП-2026-0001', short: 'СОШ 1' });
  const b = cert({ fio: 'Орлов Пётр', number: 'ИМП-2026-0002', issuedOn: '2026-12-01', status: 'cancelled' });
  const c = cert({ fio: 'Козлов Иван', number: 'ИМП-2026-0003', programId: 'prog-2', school: 'Лицей № 5' });

  it('a school is its short name, else its full name', () => {
    expect(certificateSchool(a)).toBe('СОШ 1');
    expect(certificateSchool(c)).toBe('Лицей № 5');
  });

  it('no filter keeps everything', () => {
    expect(filterJournal([a, b, c], NO_JOURNAL_FILTERS)).toEqual([a, b, c]);
  });

  it('filters by dates (inclusive), programme, school, status and searches ФИО (ё/е) and number', () => {
    const f = NO_JOURNAL_FILTERS;
    expect(filterJournal([a, b, c], { ...f, from: '2026-12-01' })).toEqual([b]);
    expect(filterJournal([a, b, c], { ...f, to: '2026-11-20' })).toEqual([a, c]);
    expect(filterJournal([a, b, c], { ...f, programId: 'prog-2' })).toEqual([c]);
    expect(filterJournal([a, b, c], { ...f, school: 'СОШ 1' })).toEqual([a]);
    expect(filterJournal([a, b, c], { ...f, status: 'cancelled' })).toEqual([b]);
    expect(filterJournal([a, b, c], { ...f, query: 'елкина' })).toEqual([a]);
    expect(filterJournal([a, b, c], { ...f, query: 'ИМП-2026-0003' })).toEqual([c]);
  });
});
