import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation, useNavigation } from 'react-router';
import { liveQuery } from 'dexie';
import type { IsoDate } from '@shared/domain';
import type { DashboardStats } from '@shared/reports/dashboard';
import { loadDashboard } from '../../db/queries/home';
import { certificatesDueTotal, pastRetentionCount } from './notice-counts';
import type { DashboardMessage, DashboardRequest } from './dashboard.worker';

interface Figures {
  /** The quarter's figures; undefined until the first answer. */
  stats: DashboardStats | undefined;
  /** How many participants may get a certificate now; undefined until the first answer. */
  certificatesDue: number | undefined;
  /** How many pupils are past the retention term today; undefined until the first answer. */
  pastRetention: number | undefined;
  /** Stops the worker (or the live queries on this thread): the figures shown stay as they are. */
  stop: () => void;
}

type State = { today: IsoDate; stats?: DashboardStats; due?: number; past?: number; error?: unknown };

/**
 * «Главная»'s figures for the quarter of `today` and the counts behind its notices, kept up to date. They are
 * computed in a worker (see dashboard.worker.ts), which is terminated when the page goes, so leaving «Главная»
 * early costs nothing. Where the worker cannot start or fails, the same live queries run on this thread; an
 * error there reaches the error boundary, as it would from `useLiveQuery`.
 */
export function useDashboard(today: IsoDate): Figures {
  const [state, setState] = useState<State | null>(null);
  const stopping = useRef<() => void>(() => undefined);
  const stop = useCallback(() => stopping.current(), []);

  useEffect(() => {
    const merge = (patch: Partial<State>) =>
      setState((s) => ({ ...(s?.today === today ? s : {}), today, ...patch }));
    let fallback: { unsubscribe(): void }[] | null = null;
    const runHere = () => {
      worker.terminate();
      fallback ??= [
        liveQuery(() => loadDashboard(today)).subscribe({
          next: (stats) => merge({ stats }),
          error: (error: unknown) => merge({ error }),
        }),
        liveQuery(certificatesDueTotal).subscribe({
          next: (due) => merge({ due }),
          error: (error: unknown) => merge({ error }),
        }),
        liveQuery(() => pastRetentionCount(today)).subscribe({
          next: (past) => merge({ past }),
          error: (error: unknown) => merge({ error }),
        }),
      ];
    };
    const worker = new Worker(new URL('./dashboard.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<DashboardMessage>) => {
      if (event.data.type === 'stats') merge({ stats: event.data.stats });
      else if (event.data.type === 'due') merge({ due: event.data.total });
      else if (event.data.type === 'pastRetention') merge({ past: event.data.count });
      else runHere();
    };
    worker.onerror = runHere;
    worker.postMessage({ today } satisfies DashboardRequest);
    const end = () => {
      worker.terminate();
      for (const s of fallback ?? []) s.unsubscribe();
      fallback = [];
    };
    stopping.current = end;
    return end;
  }, [today]);

  if (state?.today !== today)
    return { stats: undefined, certificatesDue: undefined, pastRetention: undefined, stop };
  if (state.error !== undefined) throw state.error;
  return { stats: state.stats, certificatesDue: state.due, pastRetention: state.past, stop };
}

/**
 * Calls `onLeave` once a navigation to another page begins: the router loads the next section's code (and the
 * list its first rows) before this page unmounts, and «Главная»'s worker, still reading whole tables for its
 * figures, competed with that for the processor and for IndexedDB. Rendered as a leaf of its own, so the
 * navigation's state changes render nothing else of the page.
 */
export function StopWhenLeaving({ onLeave }: { onLeave: () => void }) {
  const navigation = useNavigation();
  const here = useLocation().pathname;
  const leaving = navigation.state !== 'idle' && navigation.location?.pathname !== here;
  useEffect(() => {
    if (leaving) onLeave();
  }, [leaving, onLeave]);
  return null;
}

/** The quarter's figures alone (see `useDashboard`). */
export function useDashboardStats(today: IsoDate): DashboardStats | undefined {
  return useDashboard(today).stats;
}
