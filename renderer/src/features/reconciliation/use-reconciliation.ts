import { useLiveQuery } from 'dexie-react-hooks';
import type { Id } from '@shared/domain';
import type { ReportPeriod } from '@shared/reports/report-data';
import { loadParticipantReconciliation, loadReconciliation } from '../../db/queries/reconciliation';

/** The Сверка of a period, followed live (a loaded export or a new mark re-reads it); null without a period. */
export function useReconciliation(period: ReportPeriod | null) {
  return useLiveQuery(async () => (period ? loadReconciliation(period) : null), [period?.from, period?.to]);
}

/** One pupil's Сверка, for the card. */
export function useParticipantReconciliation(participantId: Id) {
  return useLiveQuery(() => loadParticipantReconciliation(participantId), [participantId]);
}
