/// <reference lib="webworker" />
import { liveQuery, type Subscription } from 'dexie';
import type { IsoDate } from '@shared/domain';
import type { ReportPeriod } from '@shared/reports/report-data';
import { buildQuarterlyReportWithKeys, type QuarterlyReport } from '@shared/reports/quarterly-report';
import { loadReportData } from '../../db/queries/reports';

/**
 * «Отчёты»'s quarterly preview, computed off the main thread: a quarter of a busy venue is some 19 000 marks
 * and 20 000 participants to read, decode and count, which on the page's thread froze it for as long. Dexie's
 * liveQuery works here too: a change written by the page reaches this worker over Dexie's BroadcastChannel and
 * the report is posted again. The tab terminates the worker when the period changes or the tab closes.
 */
export interface QuarterlyReportRequest {
  period: ReportPeriod;
  today: IsoDate;
}

export type QuarterlyReportMessage =
  { type: 'report'; report: QuarterlyReport } | { type: 'error'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
let subscription: Subscription | null = null;

scope.onmessage = (event: MessageEvent<QuarterlyReportRequest>) => {
  subscription?.unsubscribe();
  const { period, today } = event.data;
  subscription = liveQuery(async () =>
    buildQuarterlyReportWithKeys(await loadReportData(period), period, today),
  ).subscribe({
    next: (report) => scope.postMessage({ type: 'report', report } satisfies QuarterlyReportMessage),
    error: (error: unknown) =>
      scope.postMessage({
        type: 'error',
        message: error instanceof Error ? error.message : String(error),
      } satisfies QuarterlyReportMessage),
  });
};
