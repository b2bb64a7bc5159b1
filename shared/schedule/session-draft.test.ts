import { describe, expect, it } from 'vitest';
import type { Group, Session } from '../domain';
import { RuleError } from '../errors';
import type { Conflict } from './conflicts';
import {
  assertSessionDraft,
  assertSessionDrafts,
  needsRecheck,
  sessionFromDraft,
  verdict,
  type SessionDraft,
} from './session-draft';

const draft: SessionDraft = {
  date: '2026-03-12',
  start: '9:00',
  end: '10:30',
  placeId: 'room',
  onlineLink: ' ',
  mentorIds: ['m1', 'm1', 'm2'],
};
const group = { id: 'g1', programId: 'p1' } as Group;

function thrown(f: () => void): RuleError {
  try {
    f();
  } catch (e) {
    if (e instanceof RuleError) return e;
    throw e;
  }
  throw new Error('nothing thrown');
}

describe('assertSessionDraft', () => {
  it('lets a complete draft through', () => {
    expect(() => assertSessionDraft(draft)).not.toThrow();
  });
  it('refuses a bad field with a code, numbered among several drafts', () => {
    const e = thrown(() => assertSessionDraft({ ...draft, date: '' }, 3));
    expect(e.code).toBe('schedule.draftDate');
    expect(e.params).toEqual({ number: 3, context: 'numbered' });
    expect(e.field).toBe('date');
    expect(thrown(() => assertSessionDraft({ ...draft, end: '08:00' })).code).toBe(
      'schedule.draftEndBeforeStart',
    );
    expect(thrown(() => assertSessionDraft({ ...draft, placeId: null, onlineLink: '' })).params).toEqual({});
  });
  it('refuses an empty list and numbers drafts only when there are several', () => {
    expect(thrown(() => assertSessionDrafts([])).code).toBe('schedule.noSessions');
    expect(thrown(() => assertSessionDrafts([{ ...draft, start: 'x' }])).params).toEqual({});
    expect(thrown(() => assertSessionDrafts([draft, { ...draft, start: 'x' }])).params.number).toBe(2);
  });
});

describe('sessionFromDraft', () => {
  it('builds a planned session of the group with normalised time, link and mentors', () => {
    const s = sessionFromDraft(draft, group, 'now');
    expect(s).toMatchObject({
      groupId: 'g1',
      programId: 'p1',
      start: '09:00',
      end: '10:30',
      onlineLink: '',
      mentorIds: ['m1', 'm2'],
      status: 'planned',
      createdAt: 'now',
      updatedAt: 'now',
    });
  });
  it('keeps what the draft does not edit from the previous session', () => {
    const previous = sessionFromDraft(draft, group, 'then');
    const cancelled: Session = { ...previous, status: 'cancelled', cancelReason: 'снег' };
    const s = sessionFromDraft({ ...draft, id: previous.id, date: '2026-03-13' }, group, 'now', cancelled);
    expect(s).toMatchObject({ id: previous.id, status: 'cancelled', createdAt: 'then', date: '2026-03-13' });
  });
});

describe('needsRecheck', () => {
  it('is true for a new session or a change of time, place or mentors, not of other fields', () => {
    const before = sessionFromDraft(draft, group, 'then');
    expect(needsRecheck(undefined, before)).toBe(true);
    expect(needsRecheck(before, { ...before, updatedAt: 'now', cancelReason: 'x' })).toBe(false);
    expect(needsRecheck(before, { ...before, start: '09:30' })).toBe(true);
    expect(needsRecheck(before, { ...before, mentorIds: ['m1'] })).toBe(true);
  });
});

describe('verdict', () => {
  const warn = { kind: 'place-overlap', severity: 'confirm' } as Conflict;
  const refuse = { kind: 'over-capacity', severity: 'refuse' } as Conflict;
  it('refuses on a refusal, asks on warnings unless accepted, goes otherwise', () => {
    expect(verdict([warn, refuse], { acceptWarnings: true })).toBe('refused');
    expect(verdict([warn], {})).toBe('confirm');
    expect(verdict([warn], { acceptWarnings: true })).toBe('go');
    expect(verdict([], {})).toBe('go');
  });
});
