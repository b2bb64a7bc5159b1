import type { AuditEntry } from '@shared/domain';
import { db as defaultDb, type ProfprobaDb } from '../index';

/** The newest `limit` entries of the audit log, newest first. */
export async function listAudit(limit = 500, db: ProfprobaDb = defaultDb): Promise<AuditEntry[]> {
  return db.journal.orderBy('at').reverse().limit(limit).toArray();
}

/** How many entries the log holds in all (the panel says «Показано N из M»). */
export async function countAudit(db: ProfprobaDb = defaultDb): Promise<number> {
  return db.journal.count();
}
