import type { Id, Session } from '@shared/domain';
import { RuleError } from '@shared/errors';
import {
  assertSessionDrafts,
  needsRecheck,
  sessionFromDraft,
  verdict,
  type SaveOptions,
  type ScheduleSaveResult,
  type SessionDraft,
} from '@shared/schedule';
import { db as defaultDb, type ProfprobaDb } from '../index';
import { checkGroupState, loadGroupState, scheduleTables } from './group-repo';

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
  assertSessionDrafts(drafts);
  return db.transaction('rw', scheduleTables(db), async () => {
    const state = await loadGroupState(groupId, db);
    const now = new Date().toISOString();
    const byId = new Map(state.sessions.map((s) => [s.id, s]));
    const saved = drafts.map((d) => {
      const previous = d.id ? byId.get(d.id) : undefined;
      if (d.id && !previous) throw new RuleError('schedule.sessionNotFound');
      return sessionFromDraft(d, state.group, now, previous);
    });
    const savedIds = new Set(saved.map((s) => s.id));
    const sessions = [...state.sessions.filter((s) => !savedIds.has(s.id)), ...saved];
    const changed = saved.filter((s) => needsRecheck(byId.get(s.id), s));
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
    if (!session) throw new RuleError('schedule.sessionNotFound');
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
    if (!session) throw new RuleError('schedule.sessionNotFound');
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
