import type { Enrollment, Id } from '@shared/domain';
import { newId } from '@shared/domain';
import { RuleError } from '@shared/errors';
import {
  nextPosition,
  planEnrollment,
  verdict,
  type Conflict,
  type SaveOptions,
  type ScheduleSaveResult,
} from '@shared/schedule';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { checkGroupState, loadGroupState, promoteWaiting, scheduleTables } from './group-repo';

export interface EnrollOptions extends SaveOptions {
  /** Those beyond capacity go onto the waiting list instead of the save being refused. */
  overflowToWaitingList?: boolean;
}

export interface EnrollOutcome {
  enrolled: Id[];
  waiting: Id[];
  /** Already in the group or on its waiting list. */
  alreadyThere: Id[];
}

/**
 * Enrolls participants (in the given order) in one transaction after the checks: a participant in an
 * overlapping session elsewhere is refused, and so is going over capacity unless the extra people go
 * onto the waiting list.
 */
export async function enrollParticipants(
  groupId: Id,
  participantIds: readonly Id[],
  options: EnrollOptions = {},
  db: ProfprobaDb = defaultDb,
): Promise<ScheduleSaveResult<EnrollOutcome>> {
  if (participantIds.length === 0) throw new RuleError('schedule.noParticipants');
  return db.transaction('rw', scheduleTables(db), async () => {
    const { conflicts, added, outcome } = await planGroupEnrollment(groupId, participantIds, options, db);
    const v = verdict(conflicts, options);
    if (v !== 'go') return { status: v, conflicts };
    await db.enrollments.bulkAdd(added);
    return { status: 'saved', value: outcome, warnings: conflicts };
  });
}

/**
 * The one enrollment rule, without writing: what enrolling these participants would add and every conflict it
 * would cause (overlaps, capacity, grade range). `enrollParticipants` saves by it; the selection page shows it
 * per pupil before the save. Call it inside a transaction over `scheduleTables`.
 */
export async function planGroupEnrollment(
  groupId: Id,
  participantIds: readonly Id[],
  options: Pick<EnrollOptions, 'overflowToWaitingList'>,
  db: ProfprobaDb,
): Promise<{ conflicts: Conflict[]; added: Enrollment[]; outcome: EnrollOutcome }> {
  const state = await loadGroupState(groupId, db);
  const present = new Set(state.enrollments.map((e) => e.participantId));
  const unique = [...new Set(participantIds)];
  const alreadyThere = unique.filter((id) => present.has(id));
  const newcomers = unique.filter((id) => !present.has(id));
  const existing = await db.participants.bulkGet(newcomers);
  if (existing.some((p) => !p)) throw new RuleError('schedule.participantNotFound');

  const enrolledCount = state.enrollments.filter((e) => e.status === 'enrolled').length;
  const plan = options.overflowToWaitingList
    ? planEnrollment(newcomers, enrolledCount, state.group.capacity)
    : { enrolled: newcomers, overflow: [] };
  const now = new Date().toISOString();
  let position = nextPosition(state.enrollments);
  const added: Enrollment[] = [
    ...plan.enrolled.map((participantId) => ({ participantId, status: 'enrolled' as const })),
    ...plan.overflow.map((participantId) => ({ participantId, status: 'waiting' as const })),
  ].map((e) => ({ ...e, id: newId(), groupId, position: position++, createdAt: now }));

  const conflicts = await checkGroupState(
    { ...state, enrollments: [...state.enrollments, ...added] },
    { changedSessionIds: [], newParticipantIds: newcomers, newWaitingIds: plan.overflow },
    db,
  );
  return { conflicts, added, outcome: { enrolled: plan.enrolled, waiting: plan.overflow, alreadyThere } };
}

/**
 * Takes a participant out of a group (or off its waiting list). A freed place goes to the first person on
 * the waiting list. Returns the participant ids promoted.
 */
export async function removeEnrollment(enrollmentId: Id, db: ProfprobaDb = defaultDb): Promise<Id[]> {
  return db.transaction('rw', scheduleTables(db), async () => {
    const enrollment = await db.enrollments.get(enrollmentId);
    if (!enrollment) return [];
    await db.enrollments.delete(enrollmentId);
    const state = await loadGroupState(enrollment.groupId, db);
    return promoteWaiting(state.group, state.enrollments, db);
  });
}

/**
 * Enrolls a walk-in in a group: someone who came to a session without being enrolled. Unlike
 * `enrollParticipants` it runs no capacity or conflict check — the person is already in the room, and the
 * session page warns about the capacity beforehand. An entry on the waiting list becomes a place; being
 * enrolled already changes nothing. Meant to run inside the walk-in's transaction (`db/commands/walk-in.ts`).
 */
export async function enrollWalkIn(
  groupId: Id,
  participantId: Id,
  db: ProfprobaDb = defaultDb,
): Promise<void> {
  await db.transaction('rw', [db.enrollments, db.participants], async () => {
    const participant = await db.participants.get(participantId);
    if (!participant) throw new RuleError('schedule.participantNotFound');
    if (participant.anonymizedAt) throw new RuleError('schedule.participantAnonymized');
    const enrollments = await db.enrollments.where('groupId').equals(groupId).toArray();
    const enrollment = enrollments.find((e) => e.participantId === participantId);
    if (!enrollment) {
      await db.enrollments.add({
        id: newId(),
        groupId,
        participantId,
        status: 'enrolled',
        position: nextPosition(enrollments),
        createdAt: new Date().toISOString(),
      });
    } else if (enrollment.status !== 'enrolled') {
      await db.enrollments.update(enrollment.id, { status: 'enrolled' });
    }
  });
}
