import { useEffect, useState } from 'react';
import { liveQuery } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReportPeriod } from '@shared/reports/report-data';
import { buildAttendanceJournal } from '@shared/reports/attendance-journal';
import { buildQuarterlyReportWithKeys, type QuarterlyReport } from '@shared/reports/quarterly-report';
import { todayIso } from '@shared/dates';
import {
  listGroupOptions,
  listReportFilterOptions,
  loadGroupReportData,
  loadReportData,
} from '../../db/queries/reports';
import type { QuarterlyReportMessage, QuarterlyReportRequest } from './quarterly-report.worker';

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

type QuarterlyState = { key: string; report: QuarterlyReport } | { key: string; error: unknown };

/**
 * The quarterly report's preview over the period, kept up to date; null without a valid period, undefined
 * while it is computed. It is computed in a worker (quarterly-report.worker.ts), so the tab stays responsive
 * while a quarter is read and counted; where the worker cannot start or fails, the same live query runs on
 * this thread, and an error there reaches the error boundary, as it would from `useLiveQuery`.
 */
export function useQuarterlyReport(period: ReportPeriod | null): QuarterlyReport | null | undefined {
  const [state, setState] = useState<QuarterlyState | null>(null);
  const from = period?.from;
  const to = period?.to;
  const key = from && to ? `${from}..${to}` : '';

  useEffect(() => {
    if (!from || !to) return;
    const request: QuarterlyReportRequest = { period: { from, to }, today: todayIso() };
    const show = (report: QuarterlyReport) => setState({ key: `${from}..${to}`, report });
    let fallback: { unsubscribe(): void } | null = null;
    const runHere = () => {
      worker.terminate();
      fallback ??= liveQuery(async () =>
        buildQuarterlyReportWithKeys(await loadReportData(request.period), request.period, request.today),
      ).subscribe({
        next: show,
        error: (error: unknown) => setState({ key: `${from}..${to}`, error }),
      });
    };
    const worker = new Worker(new URL('./quarterly-report.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<QuarterlyReportMessage>) => {
      if (event.data.type === 'report') show(event.data.report);
      else runHere();
    };
    worker.onerror = runHere;
    worker.postMessage(request);
    return () => {
      worker.terminate();
      fallback?.unsubscribe();
    };
  }, [from, to]);

  if (!key) return null;
  if (state?.key !== key) return undefined;
  if ('error' in state) throw state.error;
  return state.report;
}
