import { describe, expect, it } from 'vitest';
import {
  detectConflicts,
  hasRefusal,
  needsConfirmation,
  type ConflictInput,
  type OtherSession,
} from './conflicts';

const D = '2026-03-12';

function ours(id: string, start: string, end: string, extra: Partial<OtherSession> = {}) {
  return {
    id,
    groupId: 'g',
    date: D,
    start,
    end,
    placeId: 'room104',
    mentorIds: ['kravtsov'],
    status: 'planned' as const,
    ...extra,
  };
}

function other(id: string, start: string, end: string, extra: Partial<OtherSession> = {}): OtherSession {
  return {
    id,
    groupId: 'h',
    groupName: 'Портной — 12.03.2026',
    programTitle: 'Портной: пошив простого изделия',
    date: D,
    start,
    end,
    placeId: 'room210',
    mentorIds: ['zueva'],
    status: 'planned',
    ...extra,
  };
}

function input(over: Partial<ConflictInput> = {}): ConflictInput {
  return {
    group: { id: 'g', name: 'Лазерная резка — 12.03.2026', capacity: 3 },
    program: { title: 'Лазерная резка', gradeMin: 8, gradeMax: 9 },
    sessions: [ours('s1', '15:00', '16:30')],
    changedSessionIds: ['s1'],
    enrolledIds: [],
    newParticipantIds: [],
    otherSessions: [],
    otherEnrollments: new Map(),
    participants: new Map([
      ['ivanov', { name: 'Иванов Иван Иванович', grade: 8 }],
      ['petrova', { name: 'Петрова Анна Сергеевна', grade: 9 }],
      ['young', { name: 'Смирнов Олег', grade: 7 }],
      ['old', { name: 'Ёлкина Дарья', grade: 10 }],
      ['unknown', { name: 'Без Класса', grade: null }],
    ]),
    placeNames: new Map([
      ['room104', 'Лаборатория (ауд. 104)'],
      ['room210', 'Швейная мастерская (ауд. 210)'],
    ]),
    mentorNames: new Map([
      ['kravtsov', 'Кравцов О. В.'],
      ['zueva', 'Зуева Т. П.'],
    ]),
    ...over,
  };
}

const kinds = (i: ConflictInput) => detectConflicts(i).map((c) => c.kind);

describe('no conflicts', () => {
  it('an empty group with nothing around is fine', () => {
    expect(detectConflicts(input())).toEqual([]);
  });
});

describe('participant overlap (refused)', () => {
  const base = {
    enrolledIds: ['ivanov'],
    newParticipantIds: ['ivanov'],
    otherEnrollments: new Map([['h', ['ivanov']]]),
  };
  it('refuses a participant already in an overlapping session, naming it', () => {
    const conflicts = detectConflicts(input({ ...base, otherSessions: [other('o1', '16:00', '17:00')] }));
    expect(conflicts).toHaveLength(1);
    const c = conflicts[0]!;
    expect(c.kind).toBe('participant-overlap');
    expect(c.severity).toBe('refuse');
    // The words for these parameters: features/schedule/conflict-text.test.ts.
    expect(c.code).toBe('schedule.conflictParticipantOverlap');
    expect(c.params).toEqual({
      name: 'Иванов Иван Иванович',
      slot: '12.03.2026 15:00–16:30',
      otherGroup: 'Портной — 12.03.2026',
      otherProgram: 'Портной: пошив простого изделия',
      otherSlot: '12.03.2026 16:00–17:00',
    });
    expect(hasRefusal(conflicts)).toBe(true);
    expect(needsConfirmation(conflicts)).toBe(false);
  });
  it('touching sessions are fine', () => {
    expect(kinds(input({ ...base, otherSessions: [other('o1', '16:30', '18:00')] }))).toEqual([]);
    expect(kinds(input({ ...base, otherSessions: [other('o1', '13:00', '15:00')] }))).toEqual([]);
  });
  it('nested and same-start sessions clash', () => {
    expect(kinds(input({ ...base, otherSessions: [other('o1', '15:30', '16:00')] }))).toEqual([
      'participant-overlap',
    ]);
    expect(kinds(input({ ...base, otherSessions: [other('o1', '15:00', '15:15')] }))).toEqual([
      'participant-overlap',
    ]);
    expect(kinds(input({ ...base, otherSessions: [other('o1', '14:00', '18:00')] }))).toEqual([
      'participant-overlap',
    ]);
  });
  it('a cancelled other session is ignored', () => {
    const cancelled = other('o1', '15:00', '16:30', { status: 'cancelled' });
    expect(kinds(input({ ...base, otherSessions: [cancelled] }))).toEqual([]);
  });
  it('a cancelled session of our own group is ignored', () => {
    const i = input({
      ...base,
      sessions: [ours('s1', '15:00', '16:30', { status: 'cancelled' })],
      otherSessions: [other('o1', '15:00', '16:30')],
    });
    expect(kinds(i)).toEqual([]);
  });
  it('someone not enrolled in the other group is fine', () => {
    const i = input({
      ...base,
      otherEnrollments: new Map([['h', ['petrova']]]),
      otherSessions: [other('o1', '15:00', '16:30')],
    });
    expect(kinds(i)).toEqual([]);
  });
  it('multi-session groups: only the overlapping pair is reported, once per pair', () => {
    const i = input({
      ...base,
      sessions: [ours('s1', '15:00', '16:30'), ours('s2', '15:00', '16:30', { date: '2026-03-19' })],
      changedSessionIds: ['s1', 's2'],
      otherSessions: [
        other('o1', '10:00', '11:00'),
        other('o2', '16:00', '17:00', { date: '2026-03-19' }),
        other('o3', '15:00', '16:30', { date: '2026-03-26' }),
      ],
    });
    const conflicts = detectConflicts(i);
    expect(
      conflicts.map((c) => (c.kind === 'participant-overlap' ? [c.sessionId, c.otherSessionId] : null)),
    ).toEqual([['s2', 'o2']]);
  });
  it('existing members are checked on changed sessions only; newcomers on all sessions', () => {
    const sessions = [ours('s1', '15:00', '16:30'), ours('s2', '15:00', '16:30', { date: '2026-03-19' })];
    const otherSessions = [
      other('o1', '15:00', '16:30', { date: '2026-03-19', placeId: null, mentorIds: [] }),
    ];
    // A member, and only s1 changed: s2's clash is old news and not re-checked.
    expect(
      kinds(input({ ...base, newParticipantIds: [], sessions, changedSessionIds: ['s1'], otherSessions })),
    ).toEqual([]);
    // The member again, now s2 is the changed one.
    expect(
      kinds(input({ ...base, newParticipantIds: [], sessions, changedSessionIds: ['s2'], otherSessions })),
    ).toEqual(['participant-overlap']);
    // A newcomer: every session counts even if none changed.
    expect(kinds(input({ ...base, sessions, changedSessionIds: [], otherSessions }))).toEqual([
      'participant-overlap',
    ]);
  });
  it('waiting-list newcomers are checked too', () => {
    const i = input({
      ...base,
      enrolledIds: [],
      waitingIds: ['ivanov'],
      otherSessions: [other('o1', '15:00', '16:30')],
    });
    expect(kinds(i)).toEqual(['participant-overlap']);
  });
  it('our own group in otherEnrollments / otherSessions is never compared with itself', () => {
    const i = input({
      ...base,
      otherEnrollments: new Map([['g', ['ivanov']]]),
      otherSessions: [other('s1', '15:00', '16:30', { groupId: 'g' })],
    });
    expect(kinds(i)).toEqual([]);
  });
});

describe('over capacity (refused, waiting list offered)', () => {
  it('refuses more enrolled than places and offers the waiting list', () => {
    const conflicts = detectConflicts(input({ enrolledIds: ['ivanov', 'petrova', 'a', 'b'] }));
    expect(conflicts).toHaveLength(1);
    const c = conflicts[0]!;
    expect(c).toMatchObject({
      kind: 'over-capacity',
      severity: 'refuse',
      capacity: 3,
      requested: 4,
      waitingListOffered: true,
    });
    expect(c.code).toBe('schedule.conflictOverCapacity');
    expect(c.params).toMatchObject({ capacity: 3, requested: 4, extra: 1 });
  });
  it('exactly full is fine', () => {
    expect(kinds(input({ enrolledIds: ['ivanov', 'petrova', 'a'] }))).toEqual([]);
  });
});

describe('place and mentor overlap (need confirmation)', () => {
  it('the same place in an overlapping session asks, naming the other session', () => {
    const conflicts = detectConflicts(
      input({ otherSessions: [other('o1', '16:00', '17:00', { placeId: 'room104' })] }),
    );
    expect(conflicts.map((c) => c.kind)).toEqual(['place-overlap']);
    expect(conflicts[0]!.code).toBe('schedule.conflictPlaceOverlap');
    expect(conflicts[0]!.params).toEqual({
      place: 'Лаборатория (ауд. 104)',
      slot: '12.03.2026 15:00–16:30',
      otherGroup: 'Портной — 12.03.2026',
      otherProgram: 'Портной: пошив простого изделия',
      otherSlot: '12.03.2026 16:00–17:00',
    });
    expect(needsConfirmation(conflicts)).toBe(true);
  });
  it('the same mentor in an overlapping session asks', () => {
    const conflicts = detectConflicts(
      input({ otherSessions: [other('o1', '14:00', '15:30', { mentorIds: ['zueva', 'kravtsov'] })] }),
    );
    expect(conflicts.map((c) => c.kind)).toEqual(['mentor-overlap']);
    expect(conflicts[0]!.code).toBe('schedule.conflictMentorOverlap');
    expect(conflicts[0]!.params.mentor).toBe('Кравцов О. В.');
  });
  it('place and mentor together give two conflicts', () => {
    expect(
      kinds(
        input({
          otherSessions: [other('o1', '15:00', '16:30', { placeId: 'room104', mentorIds: ['kravtsov'] })],
        }),
      ),
    ).toEqual(['place-overlap', 'mentor-overlap']);
  });
  it('touching, other dates, cancelled, or no place (online) are fine', () => {
    expect(kinds(input({ otherSessions: [other('o1', '16:30', '17:00', { placeId: 'room104' })] }))).toEqual(
      [],
    );
    expect(
      kinds(
        input({ otherSessions: [other('o1', '15:00', '16:30', { placeId: 'room104', date: '2026-03-13' })] }),
      ),
    ).toEqual([]);
    expect(
      kinds(
        input({
          otherSessions: [other('o1', '15:00', '16:30', { placeId: 'room104', status: 'cancelled' })],
        }),
      ),
    ).toEqual([]);
    const online = input({
      sessions: [ours('s1', '15:00', '16:30', { placeId: null, mentorIds: [] })],
      otherSessions: [other('o1', '15:00', '16:30', { placeId: null, mentorIds: [] })],
    });
    expect(kinds(online)).toEqual([]);
  });
  it('sessions not changed by this save are not re-asked about', () => {
    expect(
      kinds(
        input({
          changedSessionIds: [],
          otherSessions: [other('o1', '15:00', '16:30', { placeId: 'room104' })],
        }),
      ),
    ).toEqual([]);
  });
  it('a duplicated mentor id on one session gives one conflict', () => {
    const i = input({
      sessions: [ours('s1', '15:00', '16:30', { mentorIds: ['kravtsov', 'kravtsov'] })],
      otherSessions: [other('o1', '15:00', '16:30', { mentorIds: ['kravtsov'] })],
    });
    expect(kinds(i)).toEqual(['mentor-overlap']);
  });
});

describe('grade outside the programme range (needs confirmation)', () => {
  it('asks for newcomers below or above the range', () => {
    const conflicts = detectConflicts(
      input({ enrolledIds: ['young', 'old'], newParticipantIds: ['young', 'old'] }),
    );
    expect(conflicts.map((c) => c.kind)).toEqual(['grade-outside', 'grade-outside']);
    expect(conflicts[0]!.code).toBe('schedule.conflictGradeOutside');
    expect(conflicts[0]!.params).toEqual({
      name: 'Смирнов Олег',
      grade: 7,
      program: 'Лазерная резка',
      min: 8,
      max: 9,
      context: undefined,
    });
  });
  it('the range edges are inside; an unknown grade is not checked; old members are not re-asked', () => {
    expect(
      kinds(
        input({
          enrolledIds: ['ivanov', 'petrova', 'unknown'],
          newParticipantIds: ['ivanov', 'petrova', 'unknown'],
        }),
      ),
    ).toEqual([]);
    expect(kinds(input({ enrolledIds: ['young'], newParticipantIds: [] }))).toEqual([]);
  });
  it('a one-grade programme says «N класс»', () => {
    const c = detectConflicts(
      input({
        program: { title: 'П', gradeMin: 9, gradeMax: 9 },
        enrolledIds: ['ivanov'],
        newParticipantIds: ['ivanov'],
      }),
    );
    expect(c[0]!.params).toMatchObject({ min: 9, max: 9, context: 'single' });
  });
});

describe('ordering', () => {
  it('refusals come before confirmations', () => {
    const conflicts = detectConflicts(
      input({
        enrolledIds: ['young', 'ivanov', 'a', 'b'],
        newParticipantIds: ['young'],
        otherSessions: [other('o1', '15:00', '16:30', { placeId: 'room104' })],
      }),
    );
    expect(conflicts.map((c) => c.severity)).toEqual(['refuse', 'confirm', 'confirm']);
    expect(hasRefusal(conflicts)).toBe(true);
    expect(needsConfirmation(conflicts)).toBe(false);
  });
});

describe('two overlapping sessions of the same group (refused)', () => {
  // Today's gap: 15:30–16:30 on top of 15:00–16:30, same room and mentor, was saved without a word.
  const first = ours('s1', '15:00', '16:30');
  const second = ours('s2', '15:30', '16:30');

  it('the group form: two new sessions of a new group that overlap are refused, naming the other', () => {
    const conflicts = detectConflicts(input({ sessions: [first, second], changedSessionIds: ['s1', 's2'] }));
    expect(conflicts).toEqual([
      {
        kind: 'group-overlap',
        severity: 'refuse',
        sessionId: 's1',
        otherSessionId: 's2',
        code: 'schedule.conflictGroupOverlap',
        params: {
          group: 'Лазерная резка — 12.03.2026',
          slot: '12.03.2026 15:00–16:30',
          otherSlot: '12.03.2026 15:30–16:30',
        },
      },
    ]);
    expect(hasRefusal(conflicts)).toBe(true);
  });

  it('the series planner: a planned series landing on a stored session of the group is refused per session', () => {
    const stored = ours('old', '15:00', '16:30', { date: '2026-03-19' });
    const series = [ours('n1', '15:30', '17:00'), ours('n2', '15:30', '17:00', { date: '2026-03-19' })];
    const conflicts = detectConflicts(
      input({ sessions: [stored, ...series], changedSessionIds: ['n1', 'n2'] }),
    );
    expect(conflicts.map((c) => [c.kind, 'sessionId' in c && c.sessionId])).toEqual([
      ['group-overlap', 'n2'],
    ]);
    expect(conflicts[0]).toMatchObject({ otherSessionId: 'old' });
  });

  it('a single new session on top of a stored one is refused, said about the new one', () => {
    const conflicts = detectConflicts(input({ sessions: [first, second], changedSessionIds: ['s2'] }));
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      kind: 'group-overlap',
      sessionId: 's2',
      otherSessionId: 's1',
      params: { slot: '12.03.2026 15:30–16:30', otherSlot: '12.03.2026 15:00–16:30' },
    });
  });

  it('a moved session (calendar drag) is refused even with another room and mentor', () => {
    const moved = ours('s2', '16:00', '17:00', { placeId: 'room210', mentorIds: ['zueva'] });
    expect(kinds(input({ sessions: [first, moved], changedSessionIds: ['s2'] }))).toEqual(['group-overlap']);
    // Moved to touch the first one: fine.
    const touching = ours('s2', '16:30', '17:30');
    expect(kinds(input({ sessions: [first, touching], changedSessionIds: ['s2'] }))).toEqual([]);
  });

  it('a restored cancelled session is refused when another of the group now takes its time', () => {
    const restored = ours('s2', '15:30', '16:30');
    expect(kinds(input({ sessions: [first, restored], changedSessionIds: ['s2'] }))).toEqual([
      'group-overlap',
    ]);
    // While it stays cancelled it conflicts with nothing.
    const cancelled = ours('s2', '15:30', '16:30', { status: 'cancelled' });
    expect(kinds(input({ sessions: [first, cancelled], changedSessionIds: ['s2'] }))).toEqual([]);
  });

  it('an old overlap the save does not touch is not re-reported (a rename or an enrollment)', () => {
    expect(kinds(input({ sessions: [first, second], changedSessionIds: [] }))).toEqual([]);
  });

  it('each overlapping pair once; other dates and touching sessions are fine', () => {
    const third = ours('s3', '16:00', '17:00');
    const elsewhere = ours('s4', '15:00', '16:30', { date: '2026-03-13' });
    const conflicts = detectConflicts(
      input({
        sessions: [first, second, third, elsewhere],
        changedSessionIds: ['s1', 's2', 's3', 's4'],
      }),
    );
    expect(conflicts.map((c) => 'otherSessionId' in c && [c.sessionId, c.otherSessionId])).toEqual([
      ['s1', 's2'],
      ['s1', 's3'],
      ['s2', 's3'],
    ]);
  });
});
