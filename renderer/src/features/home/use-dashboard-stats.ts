import { useEffect, useState } from 'react';
import { liveQuery } from 'dexie';
import type { IsoDate } from '@shared/domain';
import type { DashboardStats } from '@shared/reports/dashboard';
import { loadDashboard } from '../../db/queries/home';
import type { DashboardMessage, DashboardRequest } from './dashboard.worker';

type State = { today: IsoDate; stats: DashboardStats } | { today: IsoDate; error: unknown };

/**
 * The dashboard's figures for the quarter of `today`, kept up to date; undefined until the first answer. They
 * are computed in a worker (see dashboard.worker.ts), which is terminated when the page goes, so leaving
 * «Главная» early costs nothing. Where the worker cannot start or fails, the same live query runs on this
 * thread; an error there reaches the error boundary, as it would from `useLiveQuery`.
 */
export function useDashboardStats(today: IsoDate): DashboardStats | undefined {
  const [state, setState] = useState<State | null>(null);

  useEffect(() => {
    const show = (stats: DashboardStats) => setState({ today, stats });
    let fallback: { unsubscribe(): void } | null = null;
    const runHere = () => {
      worker.terminate();
      fallback ??= liveQuery(() => loadDashboard(today)).subscribe({
        next: show,
        error: (error: unknown) => setState({ today, error }),
      });
    };
    const worker = new Worker(new URL('./dashboard.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<DashboardMessage>) => {
      if (event.data.type === 'stats') show(event.data.stats);
      else runHere();
    };
    worker.onerror = runHere;
    worker.postMessage({ today } satisfies DashboardRequest);
    return () => {
      worker.terminate();
      fallback?.unsubscribe();
    };
  }, [today]);

  if (state?.today !== today) return undefined;
  if ('error' in state) throw state.error;
  return state.stats;
}
