import { describe, expect, it } from 'vitest';
import { validateSessionFields } from './session-rules';

const ok = { date: '2026-03-12', start: '15:00', end: '16:30', placeId: 'room', onlineLink: '' };

describe('validateSessionFields', () => {
  it('accepts a complete session with a place or with a link', () => {
    expect(validateSessionFields(ok)).toEqual({});
    expect(validateSessionFields({ ...ok, placeId: null, onlineLink: 'https://meet.example.ru/x' })).toEqual(
      {},
    );
  });
  it('names each wrong field with its code', () => {
    expect(validateSessionFields({ ...ok, date: null }).date).toBe('schedule.sessionDate');
    expect(validateSessionFields({ ...ok, date: '2026-02-30' }).date).toBe('schedule.sessionDate');
    expect(validateSessionFields({ ...ok, start: '25:00' }).start).toBe('schedule.sessionStart');
    expect(validateSessionFields({ ...ok, end: '16:00', start: '16:00' }).end).toBe(
      'schedule.sessionEndBeforeStart',
    );
    expect(validateSessionFields({ ...ok, end: '14:00' }).end).toBe('schedule.sessionEndBeforeStart');
    expect(validateSessionFields({ ...ok, placeId: null }).placeId).toBe('schedule.sessionPlace');
    expect(validateSessionFields({ ...ok, onlineLink: 'javascript:alert(1)' }).onlineLink).toBe(
      'schedule.sessionLink',
    );
  });
});
