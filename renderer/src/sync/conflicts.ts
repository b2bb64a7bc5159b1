import type { SyncConflict } from '@shared/domain';
import { RuleError } from '@shared/errors';
import { isSyncedTable, type SyncRecord } from '@shared/sync/docs';
import { storedForm } from '@shared/sync/stored-form';
import { db as defaultDb, type ProfprobaDb } from '../db';

/** The conflicts not yet looked at, newest first («Конфликты» in Настройки › Синхронизация). */
export async function openConflicts(db: ProfprobaDb = defaultDb): Promise<SyncConflict[]> {
  const all = await db.conflicts.orderBy('at').reverse().toArray();
  return all.filter((c) => c.resolvedAt === null);
}

export async function openConflictCount(db: ProfprobaDb = defaultDb): Promise<number> {
  return (await openConflicts(db)).length;
}

/**
 * «Взять другую»: the version that lost becomes the record (a new revision, so it replicates to every PC and
 * wins there too), and the conflict is closed.
 */
export async function takeOtherVersion(conflictId: string, db: ProfprobaDb = defaultDb): Promise<void> {
  await db.transaction('rw', [db.conflicts, ...db.tables.filter((t) => isSyncedTable(t.name))], async () => {
    const conflict = await db.conflicts.get(conflictId);
    if (!conflict || conflict.resolvedAt !== null) throw new RuleError('sync.conflictGone');
    if (!isSyncedTable(conflict.table) || typeof conflict.other !== 'object' || conflict.other === null) {
      throw new RuleError('sync.conflictGone');
    }
    const now = new Date().toISOString();
    const other: Record<string, unknown> = { ...(conflict.other as Record<string, unknown>) };
    if ('updatedAt' in other) other.updatedAt = now;
    // The other version may come from a PC on an older version: its keys are made by this one's rule.
    await db.table(conflict.table).put(storedForm(conflict.table, other as SyncRecord));
    await db.conflicts.update(conflictId, { resolvedAt: now });
  });
}

/** «Оставить как есть»: the kept version stays, the conflict is closed. */
export async function keepVersion(conflictId: string, db: ProfprobaDb = defaultDb): Promise<void> {
  await db.conflicts.update(conflictId, { resolvedAt: new Date().toISOString() });
}
