import type { Enrollment, Group, Id, Program, Session } from '@shared/domain';
import { newId } from '@shared/domain';
import { RuleError } from '@shared/errors';
import {
  assertSessionDrafts,
  defaultGroupName,
  detectConflicts,
  isActiveSession,
  promotionsFromWaitingList,
  sessionFromDraft,
  verdict,
  type CheckedSession,
  type Conflict,
  type OtherSession,
  type SaveOptions,
  type ScheduleSaveResult,
  type SessionDraft,
} from '@shared/schedule';
import { joinFio, shortFio } from '@shared/text/fio';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { logAction } from './audit-repo';
import { whereIn } from '../where-in';

/** Every table a schedule save reads or writes: one transaction holds the checks and the writes. */
export function scheduleTables(db: ProfprobaDb) {
  return [db.groups, db.sessions, db.enrollments, db.programs, db.participants, db.places, db.mentors];
}

export interface GroupState {
  group: Group;
  program: Program;
  sessions: Session[];
  enrollments: Enrollment[];
}

/** What a save changes, so the checks look only at what is new. */
export interface Change {
  changedSessionIds: Id[];
  newParticipantIds: Id[];
  /** Newcomers put onto the waiting list. */
  newWaitingIds?: Id[];
}

/**
 * Runs the conflict rules on the data as it is inside the current transaction: the other groups' sessions
 * on the same dates and who is enrolled there. Call it only inside a transaction over `scheduleTables`.
 */
export async function checkGroupState(
  state: GroupState,
  change: Change,
  db: ProfprobaDb,
): Promise<Conflict[]> {
  const active = state.sessions.filter(isActiveSession);
  const dates = [...new Set(active.map((s) => s.date))];
  const around = (await whereIn(db.sessions, 'date', dates)).filter(
    (s) => s.groupId !== state.group.id && isActiveSession(s),
  );
  const otherGroupIds = [...new Set(around.map((s) => s.groupId))];
  const [otherGroups, otherEnrollmentRows] = await Promise.all([
    db.groups.bulkGet(otherGroupIds),
    whereIn(db.enrollments, 'groupId', otherGroupIds),
  ]);
  const groupById = new Map(otherGroups.filter((g): g is Group => !!g).map((g) => [g.id, g]));
  const programIds = [...new Set([...groupById.values()].map((g) => g.programId))];
  const programs = await db.programs.bulkGet(programIds);
  const programTitle = new Map(programs.filter((p): p is Program => !!p).map((p) => [p.id, p.title]));
  const otherSessions: OtherSession[] = around.map((s) => {
    const g = groupById.get(s.groupId);
    return {
      ...s,
      groupName: g?.name ?? '—',
      programTitle: programTitle.get(g?.programId ?? s.programId) ?? '',
    };
  });
  const otherEnrollments = new Map<Id, Id[]>();
  for (const e of otherEnrollmentRows) {
    if (e.status !== 'enrolled') continue;
    const list = otherEnrollments.get(e.groupId);
    if (list) list.push(e.participantId);
    else otherEnrollments.set(e.groupId, [e.participantId]);
  }

  const enrolledIds = state.enrollments.filter((e) => e.status === 'enrolled').map((e) => e.participantId);
  const waitingIds = change.newWaitingIds ?? [];
  const people = await db.participants.bulkGet([
    ...new Set([...enrolledIds, ...waitingIds, ...change.newParticipantIds]),
  ]);
  const participants = new Map(
    people.filter((p) => !!p).map((p) => [p.id, { name: joinFio(p), grade: p.grade }]),
  );
  const [places, mentors] = await Promise.all([db.places.toArray(), db.mentors.toArray()]);

  const sessions: CheckedSession[] = state.sessions;
  return detectConflicts({
    group: { id: state.group.id, name: state.group.name, capacity: state.group.capacity },
    program: {
      title: state.program.title,
      gradeMin: state.program.gradeMin,
      gradeMax: state.program.gradeMax,
    },
    sessions,
    changedSessionIds: change.changedSessionIds,
    enrolledIds,
    newParticipantIds: change.newParticipantIds,
    waitingIds,
    otherSessions,
    otherEnrollments,
    participants,
    placeNames: new Map(places.map((p) => [p.id, p.name])),
    mentorNames: new Map(mentors.map((m) => [m.id, shortFio(m)])),
  });
}

export async function loadGroupState(groupId: Id, db: ProfprobaDb): Promise<GroupState> {
  const group = await db.groups.get(groupId);
  if (!group) throw new RuleError('schedule.groupNotFound');
  const program = await db.programs.get(group.programId);
  if (!program) throw new RuleError('schedule.groupProgramNotFound');
  const [sessions, enrollments] = await Promise.all([
    db.sessions.where('groupId').equals(groupId).toArray(),
    db.enrollments.where('groupId').equals(groupId).toArray(),
  ]);
  return { group, program, sessions, enrollments };
}

export interface NewGroupInput {
  programId: Id;
  /** Empty: «<programme> — <first date>». */
  name: string;
  /** Null: the programme's maximum group size. */
  capacity: number | null;
  note: string;
  sessions: SessionDraft[];
  participantIds?: Id[];
}

function assertCapacity(capacity: number): void {
  if (!Number.isInteger(capacity) || capacity < 1 || capacity > 1000)
    throw new RuleError('schedule.capacityRange', {}, 'capacity');
}

/**
 * Creates a group with its sessions (and optionally its first participants) in one transaction, after the
 * conflict checks on the data inside that transaction. Only an active programme gets new groups.
 */
export async function createGroup(
  input: NewGroupInput,
  options: SaveOptions = {},
  db: ProfprobaDb = defaultDb,
): Promise<ScheduleSaveResult<Group>> {
  assertSessionDrafts(input.sessions);
  return db.transaction('rw', scheduleTables(db), async () => {
    const program = await db.programs.get(input.programId);
    if (!program) throw new RuleError('schedule.programRequired', {}, 'programId');
    if (program.status !== 'active')
      throw new RuleError('schedule.programNotActive', { title: program.title }, 'programId');
    const capacity = input.capacity ?? program.maxGroupSize;
    assertCapacity(capacity);
    const now = new Date().toISOString();
    const firstDate = [...input.sessions].map((s) => s.date).sort()[0] ?? null;
    const group: Group = {
      id: newId(),
      programId: program.id,
      name: input.name.trim() || defaultGroupName(program.title, firstDate),
      capacity,
      note: input.note.trim(),
      createdAt: now,
      updatedAt: now,
    };
    const sessions = input.sessions.map((d) => sessionFromDraft({ ...d, id: undefined }, group, now));
    const participantIds = [...new Set(input.participantIds ?? [])];
    const enrollments: Enrollment[] = participantIds.map((participantId, position) => ({
      id: newId(),
      groupId: group.id,
      participantId,
      status: 'enrolled',
      position,
      createdAt: now,
    }));
    const conflicts = await checkGroupState(
      { group, program, sessions, enrollments },
      { changedSessionIds: sessions.map((s) => s.id), newParticipantIds: participantIds },
      db,
    );
    const v = verdict(conflicts, options);
    if (v !== 'go') return { status: v, conflicts };
    await db.groups.add(group);
    await db.sessions.bulkAdd(sessions);
    await db.enrollments.bulkAdd(enrollments);
    return { status: 'saved', value: group, warnings: conflicts };
  });
}

export interface GroupFields {
  name: string;
  capacity: number;
  note: string;
}

/**
 * Renames a group or changes its capacity. Shrinking below the enrolled count is refused; growing it
 * promotes people from the waiting list in their order.
 */
export async function updateGroup(
  groupId: Id,
  fields: GroupFields,
  options: SaveOptions = {},
  db: ProfprobaDb = defaultDb,
): Promise<ScheduleSaveResult<{ group: Group; promoted: Id[] }>> {
  assertCapacity(fields.capacity);
  if (!fields.name.trim()) throw new RuleError('schedule.groupNameRequired', {}, 'name');
  return db.transaction('rw', scheduleTables(db), async () => {
    const state = await loadGroupState(groupId, db);
    const group: Group = {
      ...state.group,
      name: fields.name.trim(),
      capacity: fields.capacity,
      note: fields.note.trim(),
      updatedAt: new Date().toISOString(),
    };
    const conflicts = await checkGroupState(
      { ...state, group },
      { changedSessionIds: [], newParticipantIds: [] },
      db,
    );
    const v = verdict(conflicts, options);
    if (v !== 'go') return { status: v, conflicts };
    await db.groups.put(group);
    const promoted = await promoteWaiting(group, state.enrollments, db);
    return { status: 'saved', value: { group, promoted }, warnings: conflicts };
  });
}

/** Moves the first people of the waiting list into free places; returns their participant ids. */
export async function promoteWaiting(
  group: Group,
  enrollments: Enrollment[],
  db: ProfprobaDb,
): Promise<Id[]> {
  const ids = promotionsFromWaitingList(enrollments, group.capacity);
  const byId = new Map(enrollments.map((e) => [e.id, e]));
  for (const id of ids) await db.enrollments.update(id, { status: 'enrolled' });
  return ids.map((id) => byId.get(id)!.participantId);
}

/** Deletes a group with its sessions, enrollments and attendance marks (only while it has no certificates). */
export async function deleteGroup(groupId: Id, db: ProfprobaDb = defaultDb): Promise<void> {
  await db.transaction(
    'rw',
    [db.groups, db.sessions, db.enrollments, db.attendance, db.certificates, db.journal],
    async () => {
      const group = await db.groups.get(groupId);
      if (!group) return;
      if ((await db.certificates.where('groupId').equals(groupId).count()) > 0)
        throw new RuleError('schedule.groupHasCertificates');
      const sessions = await db.sessions.where('groupId').equals(groupId).primaryKeys();
      const enrollments = await db.enrollments.where('groupId').equals(groupId).primaryKeys();
      await db.attendance.where('groupId').equals(groupId).delete();
      await db.sessions.bulkDelete(sessions);
      await db.enrollments.bulkDelete(enrollments);
      await db.groups.delete(groupId);
      await logAction(
        'delete',
        'group',
        groupId,
        {
          code: 'groupDeleted',
          params: { sessions: sessions.length, enrollments: enrollments.length },
        },
        db,
      );
    },
  );
}
