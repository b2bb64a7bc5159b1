import type { Id, SessionStatus } from '../domain';
import type { ErrorCode, ErrorParams } from '../errors';
import { isActiveSession, slotLabel, slotsOverlap, type TimeSlot } from './overlap';

/** A session as the check sees it: when, where, who leads it. */
export interface CheckedSession extends TimeSlot {
  id: Id;
  groupId: Id;
  placeId: Id | null;
  mentorIds: readonly Id[];
  status: SessionStatus;
}

/** A session of another group, with what it takes to name it in a message. */
export interface OtherSession extends CheckedSession {
  groupName: string;
  programTitle: string;
}

export interface ConflictInput {
  group: { id: Id; name: string; capacity: number };
  program: { title: string; gradeMin: number; gradeMax: number };
  /** The group's sessions as they are about to be saved. */
  sessions: readonly CheckedSession[];
  /** Sessions added or changed by this save: only they are checked for place and mentor clashes. */
  changedSessionIds: readonly Id[];
  /** Everyone holding a place in the group (not the waiting list) after the save. */
  enrolledIds: readonly Id[];
  /** People added by this save (enrolled or waiting): only they are checked against the grade range. */
  newParticipantIds: readonly Id[];
  /** Waiting-list newcomers: they will attend once promoted, so they must not clash either. */
  waitingIds?: readonly Id[];
  /** Sessions of other groups on the same dates (cancelled ones are ignored here). */
  otherSessions: readonly OtherSession[];
  /** Group id → participants enrolled there (other groups only). */
  otherEnrollments: ReadonlyMap<Id, readonly Id[]>;
  participants: ReadonlyMap<Id, { name: string; grade: number | null }>;
  placeNames: ReadonlyMap<Id, string>;
  mentorNames: ReadonlyMap<Id, string>;
}

interface Base {
  /**
   * The explanation naming the other session, as an error code with its parameters: the words are in
   * `features/schedule/locales` under `errors.<key>` (`conflictText` there says it).
   */
  code: ErrorCode;
  params: ErrorParams;
}

export type Conflict =
  | (Base & {
      /**
       * Two active sessions of the same group overlap: the group's pupils would be split between them and
       * «all sessions» completion could not be reached, so it is refused whatever the room or mentor.
       */
      kind: 'group-overlap';
      severity: 'refuse';
      sessionId: Id;
      otherSessionId: Id;
    })
  | (Base & {
      kind: 'participant-overlap';
      severity: 'refuse';
      participantId: Id;
      sessionId: Id;
      otherSessionId: Id;
      otherGroupId: Id;
    })
  | (Base & {
      kind: 'over-capacity';
      severity: 'refuse';
      capacity: number;
      requested: number;
      /** Over capacity is refused, but the extra people can go onto the waiting list. */
      waitingListOffered: true;
    })
  | (Base & {
      kind: 'place-overlap';
      severity: 'confirm';
      placeId: Id;
      sessionId: Id;
      otherSessionId: Id;
    })
  | (Base & {
      kind: 'mentor-overlap';
      severity: 'confirm';
      mentorId: Id;
      sessionId: Id;
      otherSessionId: Id;
    })
  | (Base & {
      kind: 'grade-outside';
      severity: 'confirm';
      participantId: Id;
      grade: number;
    });

export type ConflictKind = Conflict['kind'];

/** The other session as the explanations name it: its group, programme and time. */
function otherParams(other: OtherSession): ErrorParams {
  return { otherGroup: other.groupName, otherProgram: other.programTitle, otherSlot: slotLabel(other) };
}

/**
 * Every conflict a save would cause. Two overlapping sessions of the same group, participant overlap and
 * over-capacity are refused; place, mentor and grade conflicts need the person's confirmation. Cancelled sessions (ours or others') never conflict.
 * Conflicts come sorted: refusals first, then confirmations, each in a stable order.
 */
export function detectConflicts(input: ConflictInput): Conflict[] {
  const out: Conflict[] = [];
  const ours = input.sessions.filter(isActiveSession);
  const changed = new Set(input.changedSessionIds);
  const newcomers = new Set(input.newParticipantIds);
  const others = input.otherSessions.filter((s) => s.groupId !== input.group.id && isActiveSession(s));

  // Over capacity.
  if (input.enrolledIds.length > input.group.capacity) {
    const extra = input.enrolledIds.length - input.group.capacity;
    out.push({
      kind: 'over-capacity',
      severity: 'refuse',
      capacity: input.group.capacity,
      requested: input.enrolledIds.length,
      waitingListOffered: true,
      code: 'schedule.conflictOverCapacity',
      params: {
        group: input.group.name,
        capacity: input.group.capacity,
        requested: input.enrolledIds.length,
        extra,
      },
    });
  }

  // Two overlapping sessions of this group, at least one of them added or changed by this save. Every pair
  // is compared (not only ours against other groups'), so a second session on top of the first is caught
  // on every path that adds, moves or restores a session.
  for (let i = 0; i < ours.length; i++) {
    const a = ours[i]!;
    for (let j = i + 1; j < ours.length; j++) {
      const b = ours[j]!;
      if (!changed.has(a.id) && !changed.has(b.id)) continue;
      if (!slotsOverlap(a, b)) continue;
      // Said about the session this save touches, naming the one it lands on.
      const [session, other] = changed.has(a.id) ? [a, b] : [b, a];
      out.push({
        kind: 'group-overlap',
        severity: 'refuse',
        sessionId: session.id,
        otherSessionId: other.id,
        code: 'schedule.conflictGroupOverlap',
        params: { group: input.group.name, slot: slotLabel(session), otherSlot: slotLabel(other) },
      });
    }
  }

  // The same participant in two overlapping sessions: checked for newcomers on every session and for
  // everyone on the changed sessions.
  const attending = [...new Set([...input.enrolledIds, ...(input.waitingIds ?? [])])];
  const participantGroups = new Map<Id, Id[]>();
  for (const [groupId, ids] of input.otherEnrollments) {
    if (groupId === input.group.id) continue;
    for (const pid of ids) {
      const list = participantGroups.get(pid);
      if (list) list.push(groupId);
      else participantGroups.set(pid, [groupId]);
    }
  }
  for (const pid of attending) {
    const groups = participantGroups.get(pid);
    if (!groups) continue;
    const isNew = newcomers.has(pid);
    for (const session of ours) {
      if (!isNew && !changed.has(session.id)) continue;
      for (const other of others) {
        if (!groups.includes(other.groupId) || !slotsOverlap(session, other)) continue;
        const name = input.participants.get(pid)?.name ?? '—';
        out.push({
          kind: 'participant-overlap',
          severity: 'refuse',
          participantId: pid,
          sessionId: session.id,
          otherSessionId: other.id,
          otherGroupId: other.groupId,
          code: 'schedule.conflictParticipantOverlap',
          params: { name, slot: slotLabel(session), ...otherParams(other) },
        });
      }
    }
  }

  // The same place or mentor in two overlapping sessions: only for the sessions this save adds or changes.
  for (const session of ours) {
    if (!changed.has(session.id)) continue;
    for (const other of others) {
      if (!slotsOverlap(session, other)) continue;
      if (session.placeId && session.placeId === other.placeId) {
        const place = input.placeNames.get(session.placeId) ?? '—';
        out.push({
          kind: 'place-overlap',
          severity: 'confirm',
          placeId: session.placeId,
          sessionId: session.id,
          otherSessionId: other.id,
          code: 'schedule.conflictPlaceOverlap',
          params: { place, slot: slotLabel(session), ...otherParams(other) },
        });
      }
      for (const mentorId of new Set(session.mentorIds)) {
        if (!other.mentorIds.includes(mentorId)) continue;
        const mentor = input.mentorNames.get(mentorId) ?? '—';
        out.push({
          kind: 'mentor-overlap',
          severity: 'confirm',
          mentorId,
          sessionId: session.id,
          otherSessionId: other.id,
          code: 'schedule.conflictMentorOverlap',
          params: { mentor, slot: slotLabel(session), ...otherParams(other) },
        });
      }
    }
  }

  // A newcomer whose grade is outside the programme's range; an unknown grade cannot be checked.
  for (const pid of newcomers) {
    const p = input.participants.get(pid);
    if (!p || p.grade === null) continue;
    if (p.grade >= input.program.gradeMin && p.grade <= input.program.gradeMax) continue;
    out.push({
      kind: 'grade-outside',
      severity: 'confirm',
      participantId: pid,
      grade: p.grade,
      code: 'schedule.conflictGradeOutside',
      params: {
        name: p.name,
        grade: p.grade,
        program: input.program.title,
        min: input.program.gradeMin,
        max: input.program.gradeMax,
        // i18next context: a one-grade programme says «9 класс», a range «8–9 классы».
        context: input.program.gradeMin === input.program.gradeMax ? 'single' : undefined,
      },
    });
  }

  const rank = (c: Conflict) => (c.severity === 'refuse' ? 0 : 1);
  return out
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
    .map((x) => x.c);
}

export function hasRefusal(conflicts: readonly Conflict[]): boolean {
  return conflicts.some((c) => c.severity === 'refuse');
}

export function needsConfirmation(conflicts: readonly Conflict[]): boolean {
  return !hasRefusal(conflicts) && conflicts.some((c) => c.severity === 'confirm');
}
