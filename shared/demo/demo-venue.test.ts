import { describe, expect, it } from 'vitest';
import { buildDemoVenue } from './demo-venue';

describe('demo venue', () => {
  const data = buildDemoVenue('2026-11-24');

  it('is shaped like a real centre', () => {
    expect(data.programs.map((p) => p.profession)).toEqual([
      'Оператор лазерного станка',
      'Оператор станков с ЧПУ',
      'Портной',
      'Специалист по кибербезопасности',
      'Эколог',
    ]);
    expect(data.schools).toHaveLength(6);
    expect(data.participants.length).toBeGreaterThanOrEqual(120);
    expect(data.participants.length).toBeLessThanOrEqual(140);
    expect(new Set(data.participants.map((p) => p.grade))).toEqual(new Set([8, 9]));
  });

  it('has past sessions with attendance and future sessions without', () => {
    const past = data.sessions.filter((s) => s.date < '2026-11-24');
    const future = data.sessions.filter((s) => s.date >= '2026-11-24');
    expect(past.length).toBeGreaterThan(0);
    expect(future.length).toBeGreaterThan(0);
    const marked = new Set(data.attendance.map((m) => m.sessionId));
    expect(past.every((s) => marked.has(s.id))).toBe(true);
    expect(future.some((s) => marked.has(s.id))).toBe(false);
  });

  it('keeps references consistent and ids unique', () => {
    const ids = new Set(data.participants.map((p) => p.id));
    expect(ids.size).toBe(data.participants.length);
    expect(data.enrollments.every((e) => ids.has(e.participantId))).toBe(true);
    expect(data.consents.every((c) => ids.has(c.participantId))).toBe(true);
    // Health data only with a health consent.
    const health = new Set(data.consents.filter((c) => c.kind === 'health').map((c) => c.participantId));
    expect(data.participants.filter((p) => p.hasDisability).every((p) => health.has(p.id))).toBe(true);
  });

  it('is deterministic', () => {
    expect(buildDemoVenue('2026-11-24')).toEqual(data);
  });
});
