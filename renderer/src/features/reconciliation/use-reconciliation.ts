import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Id } from '@shared/domain';
import type { ReportPeriod } from '@shared/reports/report-data';
import {
  loadParticipantReconciliation,
  loadPlatformSide,
  loadVenueSide,
  reconciliationView,
} from '../../db/queries/reconciliation';

/**
 * The Сверка of a period, followed live; null without a period, undefined while read. Its two sides are live
 * queries of their own: a loaded export re-reads only the platform's records, a new mark only the venue's
 * side, and the venue's side is read while an export chosen the moment the screen opens is still loading.
 */
export function useReconciliation(period: ReportPeriod | null) {
  const venue = useLiveQuery(async () => (period ? loadVenueSide(period) : null), [period?.from, period?.to]);
  const platform = useLiveQuery(() => loadPlatformSide(), []);
  return useMemo(() => {
    if (venue === null) return null;
    if (!venue || !platform) return undefined;
    return reconciliationView(venue, platform);
  }, [venue, platform]);
}

/** One pupil's Сверка, for the card. */
export function useParticipantReconciliation(participantId: Id) {
  return useLiveQuery(() => loadParticipantReconciliation(participantId), [participantId]);
}
