/// <reference lib="webworker" />
import { liveQuery, type Subscription } from 'dexie';
import type { IsoDate } from '@shared/domain';
import type { DashboardStats } from '@shared/reports/dashboard';
import { loadDashboard } from '../../db/queries/home';

/**
 * «Главная»'s quarter figures, computed off the main thread. They read months of sessions, marks and
 * participants; on the page's thread that reading (and its structured-clone decoding) held up the next section
 * a person opened. Dexie's liveQuery works here too: a change written by the page reaches this worker over
 * Dexie's BroadcastChannel and the figures are posted again. The page terminates the worker when it leaves.
 */
export interface DashboardRequest {
  today: IsoDate;
}

export type DashboardMessage = { type: 'stats'; stats: DashboardStats } | { type: 'error'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
let subscription: Subscription | null = null;

scope.onmessage = (event: MessageEvent<DashboardRequest>) => {
  subscription?.unsubscribe();
  const { today } = event.data;
  subscription = liveQuery(() => loadDashboard(today)).subscribe({
    next: (stats) => scope.postMessage({ type: 'stats', stats } satisfies DashboardMessage),
    error: (error: unknown) =>
      scope.postMessage({
        type: 'error',
        message: error instanceof Error ? error.message : String(error),
      } satisfies DashboardMessage),
  });
};
