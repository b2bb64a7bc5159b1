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
  it('names each bad field in Russian', () => {
    expect(validateSessionFields({ ...ok, date: null }).date).toMatch('ДД.ММ.ГГГГ');
    expect(validateSessionFields({ ...ok, date: '2026-02-30' }).date).toMatch('ДД.ММ.ГГГГ');
    expect(validateSessionFields({ ...ok, start: '25:00' }).start).toMatch('ЧЧ:ММ');
    expect(validateSessionFields({ ...ok, end: '16:00', start: '16:00' }).end).toMatch('позже');
    expect(validateSessionFields({ ...ok, end: '14:00' }).end).toMatch('позже');
    expect(validateSessionFields({ ...ok, placeId: null }).placeId).toMatch('место');
    expect(validateSessionFields({ ...ok, onlineLink: 'javascript:alert(1)' }).onlineLink).toMatch('https');
  });
});
