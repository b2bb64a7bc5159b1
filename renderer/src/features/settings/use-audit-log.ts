import { useLiveQuery } from 'dexie-react-hooks';
import { listAudit } from '../../db/queries/audit';

/** The newest `limit` entries of the audit log, live; undefined while loading. */
export function useAuditLog(limit: number) {
  return useLiveQuery(() => listAudit(limit), [limit]);
}
