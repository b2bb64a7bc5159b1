/// <reference lib="webworker" />
import { liveQuery, type Subscription } from 'dexie';
import type { IsoDate } from '@shared/domain';
import type { DashboardStats } from '@shared/reports/dashboard';
import { loadDashboard } from '../../db/queries/home';
import { certificatesDueTotal, pastRetentionCount } from './notice-counts';

/**
 * «Главная»'s quarter figures and the counts behind its two notices (certificates due, pupils past the
 * retention term), computed off the main thread. They read
 * months of sessions, marks and participants (the count: every group's sessions, marks, enrolments and
 * certificates); on the page's thread that reading (and its structured-clone decoding) held up the next section
 * a person opened, and the arrays it held while in flight were most of the page's heap on a large venue. Dexie's
 * liveQuery works here too: a change written by the page reaches this worker over Dexie's BroadcastChannel and
 * the figures are posted again. The page terminates the worker when it leaves.
 */
export interface DashboardRequest {
  today: IsoDate;
}

export type DashboardMessage =
  | { type: 'stats'; stats: DashboardStats }
  | { type: 'due'; total: number }
  | { type: 'pastRetention'; count: number }
  | { type: 'error'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
let subscriptions: Subscription[] = [];

const fail = (error: unknown) =>
  scope.postMessage({
    type: 'error',
    message: error instanceof Error ? error.message : String(error),
  } satisfies DashboardMessage);

scope.onmessage = (event: MessageEvent<DashboardRequest>) => {
  for (const s of subscriptions) s.unsubscribe();
  const { today } = event.data;
  // The notices' counts read whole tables (every mark, enrolment and certificate). Started together with the
  // figures, their reads queued ahead of the page's own first reads in IndexedDB and held up «Главная»'s first
  // paint (B6a 0.39 → 0.99 s on the large venue): they start once the figures have been answered.
  let noticesStarted = false;
  const startNotices = () => {
    if (noticesStarted) return;
    noticesStarted = true;
    subscriptions.push(
      liveQuery(certificatesDueTotal).subscribe({
        next: (total) => scope.postMessage({ type: 'due', total } satisfies DashboardMessage),
        error: fail,
      }),
      liveQuery(() => pastRetentionCount(today)).subscribe({
        next: (count) => scope.postMessage({ type: 'pastRetention', count } satisfies DashboardMessage),
        error: fail,
      }),
    );
  };
  subscriptions = [
    liveQuery(() => loadDashboard(today)).subscribe({
      next: (stats) => {
        scope.postMessage({ type: 'stats', stats } satisfies DashboardMessage);
        startNotices();
      },
      error: fail,
    }),
  ];
};
