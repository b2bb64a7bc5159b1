import { describe, expect, it } from 'vitest';
import {
  certificateDetails,
  allocateSeqs,
  CODE_ALPHABET,
  codesEqual,
  formatCertificateNumber,
  groupEligibility,
  normalizeCodeInput,
  parseCertificateNumber,
  parseDesign,
  parseQrPayload,
  qrPayload,
  verificationCode,
  academicHoursLabel,
  buildSnapshot,
  DEFAULT_CERTIFICATE_DESIGN,
  lineError,
  MAX_LINE_LENGTH,
} from './index';
import type { CertificateCounter } from '../domain';

describe('certificate numbers', () => {
  it('formats <prefix>-<year>-<NNNN> and reads it back', () => {
    expect(formatCertificateNumber('ИМП', 2026, 7)).toBe('ИМП-2026-0007');
    expect(formatCertificateNumber(' имп ', 2026, 12345)).toBe('ИМП-2026-12345');
    expect(formatCertificateNumber('', 2026, 1)).toBe('ПП-2026-0001');
    expect(parseCertificateNumber(' имп–2026–0007 ')).toEqual({ prefix: 'ИМП', year: 2026, seq: 7 });
    expect(parseCertificateNumber('ИМП-26-7')).toBeNull();
  });

  it('allocates a consecutive sequence from the counter', () => {
    const a = allocateSeqs(undefined, 2026, 3);
    expect(a.seqs).toEqual([1, 2, 3]);
    const b = allocateSeqs(a.counter, 2026, 2);
    expect(b.seqs).toEqual([4, 5]);
    expect(b.counter).toEqual({ year: 2026, lastSeq: 5 });
    expect(allocateSeqs(b.counter, 2026, 0).seqs).toEqual([]);
  });

  it('starts again at 0001 in a new year', () => {
    const last2026: CertificateCounter = { year: 2026, lastSeq: 41 };
    // The 2027 counter does not exist yet: the table is keyed by year.
    const first2027 = allocateSeqs(undefined, 2027, 2);
    expect(first2027.seqs).toEqual([1, 2]);
    expect(first2027.counter).toEqual({ year: 2027, lastSeq: 2 });
    // A counter of another year never leaks into this one.
    expect(allocateSeqs(last2026, 2027, 1).seqs).toEqual([1]);
  });

  it('never reuses a number after a cancellation, nor below what is already stored', () => {
    const issued = allocateSeqs(undefined, 2026, 3);
    // Certificate 0003 is cancelled: nothing moves back, the next one is 0004.
    const next = allocateSeqs(issued.counter, 2026, 1);
    expect(next.seqs).toEqual([4]);
    // A counter lost (e.g. an old backup restored) cannot bring back used numbers.
    expect(allocateSeqs({ year: 2026, lastSeq: 1 }, 2026, 1, 4).seqs).toEqual([5]);
  });
});

describe('verification codes', () => {
  const subject = { number: 'ИМП-2026-0001', fio: 'Иванова Анна Сергеевна', programTitle: 'Портной' };

  it('are 8 typeable characters XXXX-XXXX and stable for the same input', async () => {
    const code = await verificationCode('secret-1', subject);
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    for (const c of code.replace('-', '')) expect(CODE_ALPHABET).toContain(c);
    expect(await verificationCode('secret-1', { ...subject })).toBe(code);
  });

  it('a changed letter of the ФИО, the number or the trial, or another secret, gives another code', async () => {
    const code = await verificationCode('secret-1', subject);
    expect(await verificationCode('secret-1', { ...subject, fio: 'Иванова Анна Сергеевнa' })).not.toBe(code);
    expect(await verificationCode('secret-1', { ...subject, fio: 'Иванова Ана Сергеевна' })).not.toBe(code);
    expect(await verificationCode('secret-1', { ...subject, number: 'ИМП-2026-0002' })).not.toBe(code);
    expect(await verificationCode('secret-1', { ...subject, programTitle: 'Портниха' })).not.toBe(code);
    expect(await verificationCode('secret-2', subject)).not.toBe(code);
  });

  it('a typed code with a changed letter does not match', async () => {
    const code = await verificationCode('secret-1', subject);
    const i = 2;
    const other = CODE_ALPHABET[(CODE_ALPHABET.indexOf(code[i]!) + 1) % CODE_ALPHABET.length]!;
    const forged = code.slice(0, i) + other + code.slice(i + 1);
    expect(codesEqual(normalizeCodeInput(forged)!, code)).toBe(false);
    expect(codesEqual(normalizeCodeInput(code.toLowerCase())!, code)).toBe(true);
  });

  it('forgives case, spaces and Cyrillic look-alikes, refuses what cannot be a code', () => {
    expect(normalizeCodeInput(' ab2c  d3ef ')).toBe('AB2C-D3EF');
    expect(normalizeCodeInput('АВ2С-D3ЕF')).toBe('AB2C-D3EF');
    expect(normalizeCodeInput('AB2C-D3E')).toBeNull();
    expect(normalizeCodeInput('AB0C-D3EF')).toBeNull();
  });
});

describe('QR payload', () => {
  it('carries the number and the code and reads back when pasted', () => {
    const text = qrPayload('ИМП-2026-0001', 'AB2C-D3EF');
    expect(text).toContain('ИМП-2026-0001');
    expect(text).toContain('AB2C-D3EF');
    expect(parseQrPayload(text)).toEqual({ number: 'ИМП-2026-0001', code: 'AB2C-D3EF' });
    expect(parseQrPayload(`  ${text.replace(', ', '\n')}  `)).toEqual({
      number: 'ИМП-2026-0001',
      code: 'AB2C-D3EF',
    });
    expect(parseQrPayload('ПРО-ВЕК-2026-0012 код ab2cd3ef')).toBeNull();
    expect(parseQrPayload('№ ПРО-ВЕК-2026-0012 код ab2cd3ef')).toEqual({
      number: 'ПРО-ВЕК-2026-0012',
      code: 'AB2C-D3EF',
    });
    expect(parseQrPayload('просто текст')).toBeNull();
  });
});

describe('eligibility', () => {
  const sessions = [
    { id: 's1', date: '2026-10-05', start: '14:00', status: 'planned' as const },
    { id: 's2', date: '2026-10-12', start: '14:00', status: 'planned' as const },
  ];
  const mark = (sessionId: string, participantId: string, status: 'present' | 'late' | 'absent') => ({
    sessionId,
    participantId,
    status,
  });
  const marks = [
    mark('s1', 'a', 'present'),
    mark('s2', 'a', 'late'),
    mark('s1', 'b', 'present'),
    mark('s2', 'b', 'absent'),
    mark('s1', 'c', 'present'),
    mark('s2', 'c', 'present'),
    mark('s1', 'd', 'present'),
    mark('s2', 'd', 'present'),
    mark('s1', 'e', 'present'),
    mark('s2', 'e', 'present'),
    mark('s1', 'f', 'present'),
    mark('s2', 'f', 'present'),
    mark('s1', 'g', 'present'),
    mark('s2', 'g', 'present'),
  ];

  it('lists who completed and has no certificate in force; skips the others with the reason', () => {
    const result = groupEligibility({
      programId: 'p1',
      participantIds: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'a'],
      sessions,
      marks,
      rule: { mode: 'all' },
      certificates: [
        { participantId: 'c', programId: 'p1', status: 'issued', number: 'X-2026-0001' },
        { participantId: 'd', programId: 'p1', status: 'cancelled', number: 'X-2026-0002' },
        { participantId: 'e', programId: 'p2', status: 'issued', number: 'X-2026-0003' },
        { participantId: 'f', programId: 'p1', status: 'reissued', number: 'X-2026-0004' },
        { participantId: 'f', programId: 'p1', status: 'issued', number: 'X-2026-0005' },
        // g's certificate was reissued and the replacement then cancelled: nothing in force.
        { participantId: 'g', programId: 'p1', status: 'reissued', number: 'X-2026-0006' },
        { participantId: 'g', programId: 'p1', status: 'cancelled', number: 'X-2026-0007' },
      ],
      anonymizedIds: new Set(['zz']),
    });
    expect(result.eligible.map((e) => [e.participantId, e.completedOn])).toEqual([
      ['a', '2026-10-12'],
      ['d', '2026-10-12'],
      ['e', '2026-10-12'],
      ['g', '2026-10-12'],
    ]);
    expect(result.skipped.map((s) => [s.participantId, s.reason, s.heldNumber])).toEqual([
      ['b', 'not-completed', null],
      ['c', 'already-certified', 'X-2026-0001'],
      ['f', 'already-certified', 'X-2026-0005'],
    ]);
  });

  it('skips participants whose personal data was erased', () => {
    const result = groupEligibility({
      programId: 'p1',
      participantIds: ['a'],
      sessions,
      marks,
      rule: { mode: 'all' },
      certificates: [],
      anonymizedIds: new Set(['a']),
    });
    expect(result.skipped[0]?.reason).toBe('anonymized');
  });
});

describe('snapshot and design', () => {
  it('keeps only what is printed and derives academic hours', () => {
    const snapshot = buildSnapshot({
      participant: { lastName: 'Ёлкин', firstName: 'Пётр', middleName: '', grade: 8, classLetter: 'б' },
      school: { fullName: 'Школа № 1', shortName: 'СОШ 1' },
      program: { title: 'Т', profession: 'П', level: 'intro', format: 'online', durationMinutes: 135 },
      completionDate: '2026-10-12',
      mentors: [{ lastName: 'Кравцов', firstName: 'Олег', middleName: 'Викторович' }],
    });
    expect(snapshot.fio).toBe('Ёлкин Пётр');
    expect(snapshot.grade).toBe('8Б');
    expect(snapshot.mentorName).toBe('Кравцов Олег Викторович');
    expect(JSON.stringify(snapshot)).not.toMatch(/birth|nosolog|disab/i);
    expect(academicHoursLabel(135)).toBe('3 ак. ч.');
    expect(academicHoursLabel(68)).toBe('1,5 ак. ч.');
  });

  it('falls back to the default design for anything malformed', () => {
    expect(parseDesign(null)).toEqual(DEFAULT_CERTIFICATE_DESIGN);
    const parsed = parseDesign({ template: 'modern', lines: { title: 'ДИПЛОМ', intro: 5 } });
    expect(parsed.template).toBe('modern');
    expect(parsed.lines.title).toBe('ДИПЛОМ');
    expect(parsed.lines.intro).toBe(DEFAULT_CERTIFICATE_DESIGN.lines.intro);
    expect(parseDesign({ template: 'gold' }).template).toBe('classic');
  });
});

describe('certificate design lines', () => {
  it('refuse an empty title and an over-long line with codes', () => {
    expect(lineError('title', '  ')).toBe('certificates.titleRequired');
    expect(lineError('subtitle', '')).toBeNull();
    expect(lineError('footer', 'я'.repeat(MAX_LINE_LENGTH + 1))).toBe('certificates.lineTooLong');
    expect(lineError('title', 'СЕРТИФИКАТ')).toBeNull();
  });
});

describe('certificate details', () => {
  it('one list of the printed details, in the printed order, with the document words', () => {
    const details = certificateDetails({
      fio: 'Иванова Алёна Сергеевна',
      schoolName: 'МБОУ СОШ № 1',
      schoolShortName: 'МБОУ СОШ № 1',
      grade: '8Б',
      programTitle: 'Лазерная резка',
      profession: 'Оператор лазерного станка',
      level: 'intro',
      format: 'in-person',
      durationMinutes: 90,
      completionDate: '2026-11-30',
      mentorName: 'Кравцов Олег Викторович',
    });
    expect(details).toEqual([
      ['Профессия', 'Оператор лазерного станка'],
      ['Уровень', 'Ознакомительный'],
      ['Формат', 'Очный'],
      ['Продолжительность', '2 ак. ч.'],
      ['Дата прохождения', '30.11.2026'],
      ['Наставник', 'Кравцов Олег Викторович'],
    ]);
  });
});
