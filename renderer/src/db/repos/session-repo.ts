import { compareSessionsByTime } from '@shared/schedule/order';
import type { Id, IsoDate, Session } from '@shared/domain';
import { db as defaultDb, type ProfprobaDb } from '../index';
import {
  assertSessionDraft,
  checkGroupState,
  loadGroupState,
  scheduleTables,
  ScheduleInputError,
  sessionFromDraft,
  verdict,
  type SaveOptions,
  type ScheduleSaveResult,
  type SessionDraft,
} from './group-repo';

/**
 * Adds sessions to a group, or changes / moves one (a draft with an id). The checks run on the data inside
 * the saving transaction; nothing is written unless they pass (or the person confirmed the warnings).
 */
export async function saveSessions(
  groupId: Id,
  drafts: SessionDraft[],
  options: SaveOptions = {},
  db: ProfprobaDb = defaultDb,
): Promise<ScheduleSaveResult<Session[]>> {
  if (drafts.length === 0) throw new ScheduleInputError('Добавьте хотя бы одно занятие');
  drafts.forEach((d, i) => assertSessionDraft(d, drafts.length > 1 ? `Занятие ${i + 1}` : 'Занятие'));
  return db.transaction('rw', scheduleTables(db), async () => {
    const state = await loadGroupState(groupId, db);
    const now = new Date().toISOString();
    const byId = new Map(state.sessions.map((s) => [s.id, s]));
    const saved = drafts.map((d) => {
      const previous = d.id ? byId.get(d.id) : undefined;
      if (d.id && !previous) throw new ScheduleInputError('Занятие не найдено: возможно, его удалили.');
      return sessionFromDraft(d, state.group, now, previous);
    });
    const savedIds = new Set(saved.map((s) => s.id));
    const sessions = [...state.sessions.filter((s) => !savedIds.has(s.id)), ...saved];
    // Only a change of time, date, place or mentors re-checks a session.
    const changed = saved.filter((s) => {
      const before = byId.get(s.id);
      return (
        !before ||
        before.status !== s.status ||
        before.date !== s.date ||
        before.start !== s.start ||
        before.end !== s.end ||
        before.placeId !== s.placeId ||
        before.mentorIds.join() !== s.mentorIds.join()
      );
    });
    const conflicts = await checkGroupState(
      { ...state, sessions },
      { changedSessionIds: changed.map((s) => s.id), newParticipantIds: [] },
      db,
    );
    const v = verdict(conflicts, options);
    if (v !== 'go') return { status: v, conflicts };
    await db.sessions.bulkPut(saved);
    return { status: 'saved', value: saved, warnings: conflicts };
  });
}

export async function saveSession(
  groupId: Id,
  draft: SessionDraft,
  options: SaveOptions = {},
  db: ProfprobaDb = defaultDb,
): Promise<ScheduleSaveResult<Session>> {
  const result = await saveSessions(groupId, [draft], options, db);
  return result.status === 'saved' ? { ...result, value: result.value[0]! } : result;
}

/** Cancels a session: it stays in the schedule, struck through, and counts nowhere. */
export async function cancelSession(
  sessionId: Id,
  reason: string,
  db: ProfprobaDb = defaultDb,
): Promise<void> {
  await db.transaction('rw', db.sessions, async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) throw new ScheduleInputError('Занятие не найдено.');
    await db.sessions.update(sessionId, {
      status: 'cancelled',
      cancelReason: reason.trim(),
      updatedAt: new Date().toISOString(),
    });
  });
}

/** Brings a cancelled session back; it is checked again like a new one. */
export async function restoreSession(
  sessionId: Id,
  options: SaveOptions = {},
  db: ProfprobaDb = defaultDb,
): Promise<ScheduleSaveResult<Session>> {
  return db.transaction('rw', scheduleTables(db), async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) throw new ScheduleInputError('Занятие не найдено.');
    const state = await loadGroupState(session.groupId, db);
    const restored: Session = {
      ...session,
      status: 'planned',
      cancelReason: '',
      updatedAt: new Date().toISOString(),
    };
    const sessions = state.sessions.map((s) => (s.id === sessionId ? restored : s));
    const conflicts = await checkGroupState(
      { ...state, sessions },
      { changedSessionIds: [sessionId], newParticipantIds: [] },
      db,
    );
    const v = verdict(conflicts, options);
    if (v !== 'go') return { status: v, conflicts };
    await db.sessions.put(restored);
    return { status: 'saved', value: restored, warnings: conflicts };
  });
}

/** Sessions between two dates inclusive (cancelled ones too: the calendar shows them struck through). */
export async function listSessionsBetween(
  from: IsoDate,
  to: IsoDate,
  db: ProfprobaDb = defaultDb,
): Promise<Session[]> {
  const rows = await db.sessions.where('date').between(from, to, true, true).toArray();
  return rows.sort(compareSessionsByTime);
}
