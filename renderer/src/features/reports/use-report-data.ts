import { useLiveQuery } from 'dexie-react-hooks';
import type { ReportPeriod } from '@shared/reports/report-data';
import { buildAttendanceJournal } from '@shared/reports/attendance-journal';
import { buildQuarterlyReportWithKeys } from '@shared/reports/quarterly-report';
import { todayIso } from '@shared/dates';
import {
  listGroupOptions,
  listReportFilterOptions,
  loadGroupReportData,
  loadReportData,
} from '../../db/queries/reports';

/** «Отчёты»'s live reads: each report rebuilt when the data under it changes; undefined while loading. */

/** Everything a report over the period counts; null without a valid period. */
export function useReportData(period: ReportPeriod | null) {
  return useLiveQuery(async () => (period ? loadReportData(period) : null), [period?.from, period?.to]);
}

/** Groups to choose a journal from, the most recent first. */
export function useGroupOptions() {
  return useLiveQuery(() => listGroupOptions(), []);
}

/** The programmes and schools the participant list filters by. */
export function useReportFilterOptions() {
  return useLiveQuery(() => listReportFilterOptions(), []);
}

/** The attendance journal's tables: one group's, or every group's that met in the period; null until chosen. */
export function useJournalTables(
  scope: 'group' | 'period',
  groupId: string | null,
  period: ReportPeriod | null,
) {
  return useLiveQuery(async () => {
    if (scope === 'group') {
      if (!groupId) return null;
      return buildAttendanceJournal(await loadGroupReportData(groupId), { groupIds: [groupId] });
    }
    if (!period) return null;
    return buildAttendanceJournal(await loadReportData(period), { period });
  }, [scope, groupId, period?.from, period?.to]);
}

/** The quarterly report's preview over the period; null without a valid period. */
export function useQuarterlyReport(period: ReportPeriod | null) {
  return useLiveQuery(
    async () =>
      period ? buildQuarterlyReportWithKeys(await loadReportData(period), period, todayIso()) : null,
    [period?.from, period?.to],
  );
}
