import { describe, expect, it } from 'vitest';
import type { AttendanceStatus } from '../domain';
import { completionOf, completionsOf, requiredSessions, type SessionForCompletion } from './completion';

const s = (
  id: string,
  date: string,
  status: 'planned' | 'cancelled' = 'planned',
  start = '15:00',
): SessionForCompletion => ({ id, date, start, status });
const m = (sessionId: string, status: AttendanceStatus, participantId = 'p') => ({
  sessionId,
  participantId,
  status,
});

describe('completion', () => {
  const sessions = [s('s2', '2026-03-19'), s('s1', '2026-03-12'), s('s3', '2026-03-26')];

  it('rule all: every session attended, dated by the last one', () => {
    const c = completionOf('p', sessions, [m('s1', 'present'), m('s2', 'late'), m('s3', 'present')], {
      mode: 'all',
    });
    expect(c).toEqual({
      completed: true,
      completedOn: '2026-03-26',
      attended: 3,
      required: 3,
      sessionCount: 3,
    });
  });

  it('late counts as present; excused and absent do not count', () => {
    expect(
      completionOf('p', sessions, [m('s1', 'late'), m('s2', 'late'), m('s3', 'late')], { mode: 'all' })
        .completed,
    ).toBe(true);
    expect(
      completionOf('p', sessions, [m('s1', 'present'), m('s2', 'excused'), m('s3', 'present')], {
        mode: 'all',
      }).completed,
    ).toBe(false);
    expect(
      completionOf('p', sessions, [m('s1', 'present'), m('s2', 'absent'), m('s3', 'present')], {
        mode: 'all',
      }).attended,
    ).toBe(2);
  });

  it('cancelled sessions count nowhere', () => {
    const withCancelled = [...sessions, s('s4', '2026-04-02', 'cancelled')];
    const c = completionOf(
      'p',
      withCancelled,
      [m('s1', 'present'), m('s2', 'present'), m('s3', 'present'), m('s4', 'present')],
      { mode: 'all' },
    );
    expect(c).toMatchObject({ completed: true, completedOn: '2026-03-26', attended: 3, sessionCount: 3 });
  });

  it('rule share: the date is the session that reached the threshold', () => {
    const marks = [m('s1', 'present'), m('s2', 'absent'), m('s3', 'present')];
    expect(completionOf('p', sessions, marks, { mode: 'share', percent: 50 })).toMatchObject({
      completed: true,
      completedOn: '2026-03-26',
      required: 2,
    });
    expect(
      completionOf('p', sessions, [m('s1', 'present'), m('s2', 'present')], { mode: 'share', percent: 60 }),
    ).toMatchObject({
      completed: true,
      completedOn: '2026-03-19',
    });
    expect(completionOf('p', sessions, [m('s1', 'present')], { mode: 'share', percent: 34 }).completed).toBe(
      false,
    );
  });

  it('thresholds round up and never fall to zero', () => {
    expect(requiredSessions({ mode: 'share', percent: 50 }, 3)).toBe(2);
    expect(requiredSessions({ mode: 'share', percent: 100 }, 3)).toBe(3);
    expect(requiredSessions({ mode: 'share', percent: 1 }, 3)).toBe(1);
    expect(requiredSessions({ mode: 'share', percent: 66.67 }, 3)).toBe(3);
    expect(requiredSessions({ mode: 'all' }, 0)).toBe(0);
  });

  it('a group without sessions completes nobody; future sessions without marks block rule all', () => {
    expect(completionOf('p', [], [], { mode: 'all' }).completed).toBe(false);
    expect(
      completionOf('p', sessions, [m('s1', 'present'), m('s2', 'present')], { mode: 'all' }).completed,
    ).toBe(false);
  });

  it('same-day sessions are ordered by start time', () => {
    const sameDay = [s('b', '2026-03-12', 'planned', '16:00'), s('a', '2026-03-12', 'planned', '14:00')];
    expect(completionOf('p', sameDay, [m('a', 'present')], { mode: 'share', percent: 50 }).completedOn).toBe(
      '2026-03-12',
    );
  });

  it('computes several participants at once and ignores others’ marks', () => {
    const marks = [
      m('s1', 'present', 'a'),
      m('s2', 'present', 'a'),
      m('s3', 'present', 'a'),
      m('s1', 'present', 'b'),
    ];
    const all = completionsOf(['a', 'b', 'c'], sessions, marks, { mode: 'all' });
    expect(all.get('a')?.completed).toBe(true);
    expect(all.get('b')?.attended).toBe(1);
    expect(all.get('c')?.attended).toBe(0);
  });

  it('completes exactly at each threshold of a four-session group, dated by the session that reached it', () => {
    const four = [s('a', '2026-03-02'), s('b', '2026-03-09'), s('c', '2026-03-16'), s('d', '2026-03-23')];
    const dates = ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23'];
    const marksUpTo = (n: number) => four.slice(0, n).map((x) => m(x.id, 'present'));
    for (const [percent, needed] of [
      [25, 1],
      [50, 2],
      [51, 3],
      [75, 3],
      [76, 4],
      [100, 4],
    ] as const) {
      const rule = { mode: 'share', percent } as const;
      expect(requiredSessions(rule, 4)).toBe(needed);
      expect(completionOf('p', four, marksUpTo(needed - 1), rule).completed).toBe(false);
      expect(completionOf('p', four, marksUpTo(needed), rule)).toMatchObject({
        completed: true,
        completedOn: dates[needed - 1],
        attended: needed,
      });
    }
    expect(completionOf('p', four, marksUpTo(3), { mode: 'all' }).completed).toBe(false);
    expect(completionOf('p', four, marksUpTo(4), { mode: 'all' }).completedOn).toBe('2026-03-23');
  });

  it('a cancelled session lowers the threshold: rule all needs only the sessions held', () => {
    const withCancelled = [s('a', '2026-03-02'), s('b', '2026-03-09', 'cancelled'), s('c', '2026-03-16')];
    const c = completionOf('p', withCancelled, [m('a', 'late'), m('c', 'present')], { mode: 'all' });
    expect(c).toMatchObject({ completed: true, completedOn: '2026-03-16', required: 2, sessionCount: 2 });
    // 50 % of the two sessions held is one: the first attended session completes it.
    expect(
      completionOf('p', withCancelled, [m('b', 'present'), m('c', 'present')], { mode: 'share', percent: 50 })
        .completedOn,
    ).toBe('2026-03-16');
  });

  it('excused everywhere never completes, late everywhere always does', () => {
    const marks = (status: AttendanceStatus) => sessions.map((x) => m(x.id, status));
    expect(completionOf('p', sessions, marks('excused'), { mode: 'share', percent: 1 })).toMatchObject({
      completed: false,
      attended: 0,
    });
    expect(completionOf('p', sessions, marks('late'), { mode: 'all' }).completedOn).toBe('2026-03-26');
  });
});
