import type { Enrollment, Id, Participant } from '@shared/domain';
import { newId } from '@shared/domain';
import { nextPosition, planEnrollment } from '@shared/schedule';
import { normalizeKey, queryMatcher } from '@shared/text/normalize';
import { db as defaultDb, type ProfprobaDb } from '../index';
import {
  checkGroupState,
  loadGroupState,
  promoteWaiting,
  scheduleTables,
  ScheduleInputError,
  verdict,
  type SaveOptions,
  type ScheduleSaveResult,
} from './group-repo';

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
  if (participantIds.length === 0) throw new ScheduleInputError('Выберите хотя бы одного участника');
  return db.transaction('rw', scheduleTables(db), async () => {
    const state = await loadGroupState(groupId, db);
    const present = new Set(state.enrollments.map((e) => e.participantId));
    const unique = [...new Set(participantIds)];
    const alreadyThere = unique.filter((id) => present.has(id));
    const newcomers = unique.filter((id) => !present.has(id));
    const existing = await db.participants.bulkGet(newcomers);
    if (existing.some((p) => !p)) throw new ScheduleInputError('Участник не найден: возможно, его удалили.');

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
    const v = verdict(conflicts, options);
    if (v !== 'go') return { status: v, conflicts };
    await db.enrollments.bulkAdd(added);
    return {
      status: 'saved',
      value: { enrolled: plan.enrolled, waiting: plan.overflow, alreadyThere },
      warnings: conflicts,
    };
  });
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

/** A whole class of a school: school + grade + letter (the letter compared case- and ё-insensitively). */
export async function findClass(
  schoolId: Id,
  grade: number,
  letter: string,
  db: ProfprobaDb = defaultDb,
): Promise<Participant[]> {
  const wanted = normalizeKey(letter);
  const rows = await db.participants.where('[schoolId+grade]').equals([schoolId, grade]).toArray();
  return rows.filter((p) => !p.anonymizedAt && (!wanted || normalizeKey(p.classLetter) === wanted));
}

/** The letters of a school's grade that exist in the data, for the class picker. */
export async function classLetters(
  schoolId: Id,
  grade: number,
  db: ProfprobaDb = defaultDb,
): Promise<string[]> {
  const rows = await db.participants.where('[schoolId+grade]').equals([schoolId, grade]).toArray();
  return [...new Set(rows.map((p) => p.classLetter.trim().toLocaleUpperCase('ru')).filter(Boolean))].sort();
}

/** Participant search by the beginnings of ФИО words or the platform id. */
export async function searchParticipants(
  query: string,
  limit = 30,
  db: ProfprobaDb = defaultDb,
): Promise<Participant[]> {
  const q = normalizeKey(query);
  if (!q) return [];
  const first = q.split(' ')[0]!;
  const rows = await db.participants.where('searchWords').startsWith(first).distinct().toArray();
  const matches = queryMatcher(q);
  return rows
    .filter((p) => !p.anonymizedAt && matches(p.searchWords))
    .sort((a, b) => a.fioKey.localeCompare(b.fioKey, 'ru'))
    .slice(0, limit);
}
