import { describe, expect, it } from 'vitest';
import type { Consent } from '../domain';
import { effectiveDisability, idsWithHealthData, withEffectiveHealthData } from './consent-rules';

function health(
  participantId: string,
  validUntil: string | null,
  withdrawnOn: string | null = null,
): Consent {
  return {
    id: `c-${participantId}`,
    participantId,
    kind: 'health',
    guardianName: 'Иванова Мария Петровна',
    guardianRelation: 'мать',
    signedOn: '2025-09-01',
    validUntil,
    withdrawnOn,
    scan: null,
    createdAt: '2025-09-01T10:00:00.000Z',
    updatedAt: '2025-09-01T10:00:00.000Z',
  };
}

const TODAY = '2026-12-04';
const ovz = (id: string) => ({ id, hasDisability: true, nosology: 'Нарушения слуха' });

describe('ОВЗ only while a valid health consent covers it', () => {
  it('counts ОВЗ under a running consent, the last day of its term included', () => {
    expect(effectiveDisability(ovz('p1'), [health('p1', '2027-08-31')], TODAY)).toBe(true);
    expect(effectiveDisability(ovz('p1'), [health('p1', TODAY)], TODAY)).toBe(true);
    expect(effectiveDisability(ovz('p1'), [health('p1', null)], TODAY)).toBe(true);
  });

  it('drops ОВЗ once the consent’s validUntil has passed, or it was withdrawn, or there is none', () => {
    expect(effectiveDisability(ovz('p1'), [health('p1', '2026-08-31')], TODAY)).toBe(false);
    expect(effectiveDisability(ovz('p1'), [health('p1', null, '2026-10-01')], TODAY)).toBe(false);
    expect(effectiveDisability(ovz('p1'), [], TODAY)).toBe(false);
    // Another pupil's consent covers nobody else.
    expect(effectiveDisability(ovz('p1'), [health('p2', null)], TODAY)).toBe(false);
    expect(effectiveDisability({ id: 'p1', hasDisability: false }, [health('p1', null)], TODAY)).toBe(false);
  });

  it('blanks ОВЗ and nosology of the lapsed ones only, and leaves the others as they are', () => {
    const none = { id: 'p0', hasDisability: false, nosology: '' };
    const covered = ovz('p1');
    const lapsed = ovz('p2');
    const nosologyOnly = { id: 'p3', hasDisability: false, nosology: 'Нарушения зрения' };
    const consents = [health('p1', '2027-08-31'), health('p2', '2026-08-31')];
    const read = withEffectiveHealthData([none, covered, lapsed, nosologyOnly], consents, TODAY);
    expect(read[0]).toBe(none);
    expect(read[1]).toBe(covered);
    expect(read[2]).toEqual({ id: 'p2', hasDisability: false, nosology: '' });
    expect(read[3]).toEqual({ id: 'p3', hasDisability: false, nosology: '' });
    // The stored objects are not changed.
    expect(lapsed.hasDisability).toBe(true);
    // A record without a nosology field (the reports' shape) gets none added.
    expect(withEffectiveHealthData([{ id: 'p2', hasDisability: true }], consents, TODAY)).toEqual([
      { id: 'p2', hasDisability: false },
    ]);
    expect(idsWithHealthData([none, covered, lapsed, nosologyOnly])).toEqual(['p1', 'p2', 'p3']);
  });
});
