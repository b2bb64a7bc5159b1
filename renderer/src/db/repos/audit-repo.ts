import type { AuditAction, AuditSummary } from '@shared/domain';
import { db as defaultDb, type ProfprobaDb } from '../index';

/**
 * Writes an audit-log entry: what happened as a code with parameters, never words (they are chosen when the
 * journal is shown). Call it inside the transaction of the action it records (include
 * `db.journal` in the transaction's tables) so the entry exists exactly when the action happened.
 */
export async function logAction(
  action: AuditAction,
  entity: string,
  entityId: string,
  summary: AuditSummary,
  db: ProfprobaDb = defaultDb,
): Promise<void> {
  await db.journal.add({
    // A random UUID, not a counter: journals of several PCs are merged by replication (schema v2).
    id: crypto.randomUUID(),
    at: new Date().toISOString(),
    action,
    entity,
    entityId,
    code: summary.code,
    params: summary.params ?? {},
  });
}
