import { todayIso } from '@shared/dates';
import type { IsoDate } from '@shared/domain';

/** How often the watch looks whether the calendar day moved (lab PCs run for weeks without a restart). */
export const DAY_WATCH_EVERY_MS = 5 * 60 * 1000;

export interface DayWatch {
  stop(): void;
  /** Settles when the run started for the latest day change (if any) has finished; for tests and quit. */
  idle(): Promise<void>;
}

/**
 * Runs `onNewDay` whenever the local calendar day differs from the day of the last run: checked every few
 * minutes and when the window comes back (`visibilitychange`, `focus`), since a sleeping PC's timers do not fire
 * on time. `startedOn` is the day already handled (the start-up run). Never two runs at once: a change seen
 * while a run is going is handled once it has finished. A failing run is retried at the next check.
 */
export function watchCalendarDay(
  onNewDay: (now: Date) => Promise<unknown>,
  {
    now = () => new Date(),
    startedOn = todayIso(now()),
    everyMs = DAY_WATCH_EVERY_MS,
    targets = [],
  }: {
    now?: () => Date;
    startedOn?: IsoDate;
    everyMs?: number;
    /** Where `visibilitychange` / `focus` arrive: the document and the window in the app. */
    targets?: readonly Pick<EventTarget, 'addEventListener' | 'removeEventListener'>[];
  } = {},
): DayWatch {
  let handled = startedOn;
  let running: Promise<void> = Promise.resolve();
  let busy = false;

  const check = () => {
    if (busy) return;
    const at = now();
    const day = todayIso(at);
    if (day === handled) return;
    busy = true;
    running = onNewDay(at)
      .then(
        () => {
          handled = day;
        },
        () => {
          // Kept as not handled: the next check tries again.
        },
      )
      .finally(() => {
        busy = false;
      });
  };

  const timer = setInterval(check, everyMs);
  const events = ['visibilitychange', 'focus'] as const;
  for (const target of targets) for (const name of events) target.addEventListener(name, check);
  return {
    stop() {
      clearInterval(timer);
      for (const target of targets) for (const name of events) target.removeEventListener(name, check);
    },
    idle: () => running,
  };
}
