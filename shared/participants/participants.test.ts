import { describe, expect, it } from 'vitest';
import type { Consent, Participant } from '../domain';
import { consentRecordStatus, consentStatus, healthDataProblem, isConsentValid } from './consent-rules';
import { anonymizedParticipant } from './anonymize';
import { consentSchema, participantSchema, EMPTY_PARTICIPANT_FORM } from './schemas';
import { issuesByField } from '../schemas/common';

const base: Consent = {
  id: 'c1',
  participantId: 'p1',
  kind: 'health',
  guardianName: 'Иванова Мария Петровна',
  guardianRelation: 'мать',
  signedOn: '2026-09-01',
  validUntil: '2027-08-31',
  withdrawnOn: null,
  scan: null,
  createdAt: '',
  updatedAt: '',
};

describe('consent validity', () => {
  it('is valid from signing until the end date inclusive, unless withdrawn', () => {
    expect(isConsentValid(base, '2026-09-01')).toBe(true);
    expect(isConsentValid(base, '2027-08-31')).toBe(true);
    expect(consentRecordStatus(base, '2027-09-01')).toBe('expired');
    expect(consentRecordStatus(base, '2026-08-31')).toBe('expired');
    expect(consentRecordStatus({ ...base, withdrawnOn: '2026-10-01' }, '2026-10-01')).toBe('withdrawn');
    expect(isConsentValid({ ...base, validUntil: null }, '2040-01-01')).toBe(true);
  });
  it('takes the best of several consents of a kind', () => {
    const old = { ...base, id: 'c0', validUntil: '2026-01-01' };
    expect(consentStatus([old, base], 'health', '2026-11-24')).toBe('valid');
    expect(consentStatus([old], 'health', '2026-11-24')).toBe('expired');
    expect(consentStatus([old], 'media', '2026-11-24')).toBe('none');
  });
  it('refuses health data without a valid health consent', () => {
    const wants = { hasDisability: true, nosology: 'Нарушения слуха' };
    expect(healthDataProblem(wants, [], '2026-11-24')).toBe('participants.healthConsentRequired');
    expect(healthDataProblem(wants, [{ ...base, kind: 'personal-data' }], '2026-11-24')).not.toBeNull();
    expect(healthDataProblem(wants, [{ ...base, withdrawnOn: '2026-10-01' }], '2026-11-24')).not.toBeNull();
    expect(healthDataProblem(wants, [base], '2026-11-24')).toBeNull();
    expect(healthDataProblem({ hasDisability: false, nosology: '' }, [], '2026-11-24')).toBeNull();
    expect(healthDataProblem({ hasDisability: false, nosology: 'что-то' }, [], '2026-11-24')).not.toBeNull();
  });
});

describe('anonymisation plan', () => {
  it('erases personal fields and keeps school, grade and id', () => {
    const p: Participant = {
      id: 'p1',
      lastName: 'Иванов',
      firstName: 'Иван',
      middleName: 'Иванович',
      fioKey: 'иванов иван иванович',
      searchWords: ['иванов', 'иван', 'иванович', '123'],
      birthDate: '2012-01-01',
      sex: 'M',
      schoolId: 's1',
      grade: 8,
      classLetter: 'Б',
      contact: '+7 900',
      hasDisability: true,
      nosology: 'Нарушения слуха',
      platformId: '123',
      verification: 'verified',
      source: 'manual',
      anonymizedAt: null,
      createdAt: 'c',
      updatedAt: 'u',
    };
    const a = anonymizedParticipant(p, 'now');
    expect(a).toMatchObject({
      id: 'p1',
      schoolId: 's1',
      grade: 8,
      source: 'manual',
      createdAt: 'c',
      anonymizedAt: 'now',
    });
    const personal = JSON.stringify([
      a.firstName,
      a.middleName,
      a.birthDate,
      a.contact,
      a.nosology,
      a.platformId,
      a.searchWords,
    ]);
    for (const bit of ['Иван', '2012', '+7', 'слух', '123']) expect(personal).not.toContain(bit);
    expect(a.lastName).not.toContain('Иванов');
    expect(a.hasDisability).toBe(false);
    expect(a.fioKey).not.toContain('иванов');
  });
});

// Messages are codes; their Russian words («Укажите фамилию», …) are in features/participants/locales/ru.json.
describe('schemas speak in error codes', () => {
  it('participant form', () => {
    const r = participantSchema.safeParse({ ...EMPTY_PARTICIPANT_FORM, grade: 12, classLetter: 'AB' });
    expect(r.success).toBe(false);
    if (!r.success)
      expect(issuesByField(r.error)).toMatchObject({
        lastName: 'participants.lastNameRequired',
        firstName: 'participants.firstNameRequired',
        grade: 'participants.gradeRange',
        classLetter: 'participants.classLetterOne',
      });
  });
  it('consent form', () => {
    const r = consentSchema.safeParse({
      kind: 'health',
      guardianName: '',
      guardianRelation: 'мать',
      signedOn: '2026-09-01',
      validUntil: '2026-01-01',
      withdrawnOn: null,
    });
    expect(r.success).toBe(false);
    if (!r.success)
      expect(issuesByField(r.error)).toMatchObject({
        guardianName: 'participants.guardianNameRequired',
        validUntil: 'participants.validUntilBeforeSigned',
      });
  });
});
