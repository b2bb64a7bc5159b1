import type { AuditAction } from '@shared/domain';
import { db as defaultDb, type ProfprobaDb } from '../index';

/**
 * Writes an audit-log entry. Call it inside the transaction of the action it records (include
 * `db.auditLog` in the transaction's tables) so the entry exists exactly when the action happened.
 */
export async function logAction(
  action: AuditAction,
  entity: string,
  entityId: string,
  summary: string,
  db: ProfprobaDb = defaultDb,
): Promise<void> {
  await db.auditLog.add({ at: new Date().toISOString(), action, entity, entityId, summary });
}
