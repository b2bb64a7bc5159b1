import { describe, expect, it } from 'vitest';
import { groupProgress, isSessionOver, localTimeOf, type SessionForProgress } from './group-progress';

const s = (date: string, end = '16:00', status: 'planned' | 'cancelled' = 'planned'): SessionForProgress => ({
  date,
  end,
  status,
});

describe('groupProgress', () => {
  it('a group whose second session is next week is running with one session left', () => {
    expect(groupProgress([s('2026-12-02'), s('2026-12-09')], '2026-12-03', '10:00')).toEqual({
      state: 'running',
      remaining: 1,
    });
  });

  it('counts every session not yet over, today’s included until its end time', () => {
    const sessions = [s('2026-12-02', '16:00'), s('2026-12-09', '16:00')];
    expect(groupProgress(sessions, '2026-12-02', '15:59')).toEqual({ state: 'running', remaining: 2 });
    expect(groupProgress(sessions, '2026-12-09', '15:59')).toEqual({ state: 'running', remaining: 1 });
    expect(groupProgress(sessions, '2026-12-09', '16:00')).toEqual({ state: 'finished' });
  });

  it('ignores cancelled sessions: a cancelled last session does not keep the group running', () => {
    expect(
      groupProgress([s('2026-12-02'), s('2026-12-09', '16:00', 'cancelled')], '2026-12-05', '12:00'),
    ).toEqual({ state: 'finished' });
  });

  it('a group with no sessions (or only cancelled ones) says so', () => {
    expect(groupProgress([], '2026-12-05', '12:00')).toEqual({ state: 'noSessions' });
    expect(groupProgress([s('2026-12-09', '16:00', 'cancelled')], '2026-12-05', '12:00')).toEqual({
      state: 'noSessions',
    });
  });

  it('a group that has not started yet counts all its sessions', () => {
    expect(groupProgress([s('2026-12-09'), s('2026-12-16')], '2026-12-01', '09:00')).toEqual({
      state: 'running',
      remaining: 2,
    });
  });
});

describe('isSessionOver', () => {
  it('compares dates, then the end time on the day itself', () => {
    expect(isSessionOver(s('2026-12-01'), '2026-12-02', '00:00')).toBe(true);
    expect(isSessionOver(s('2026-12-03'), '2026-12-02', '23:59')).toBe(false);
    expect(isSessionOver(s('2026-12-02', '14:30'), '2026-12-02', '14:29')).toBe(false);
    expect(isSessionOver(s('2026-12-02', '14:30'), '2026-12-02', '14:30')).toBe(true);
  });
});

describe('localTimeOf', () => {
  it('gives the local HH:MM', () => {
    expect(localTimeOf(new Date(2026, 11, 2, 9, 5))).toBe('09:05');
  });
});
