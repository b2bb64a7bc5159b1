import type { ComponentType } from 'react';

type SectionModule = Promise<{ default: ComponentType }>;

/**
 * Each section's chunk, by route path: the router loads a section through these on its first visit, and the
 * app fetches them all once it is idle after the start (`prefetchSections`), so a person's first click on a
 * section does not wait for its chunk to download and compile.
 */
export const SECTION_LOADERS = {
  home: () => import('../features/home/home-section'),
  programs: () => import('../features/programs/programs-section'),
  schedule: () => import('../features/schedule/schedule-section'),
  participants: () => import('../features/participants/participants-section'),
  attendance: () => import('../features/attendance/attendance-section'),
  certificates: () => import('../features/certificates/certificates-section'),
  reports: () => import('../features/reports/reports-section'),
  settings: () => import('../features/settings/settings-section'),
  help: () => import('../features/help/help-section'),
} satisfies Record<string, () => SectionModule>;

/**
 * Fetches the sections' chunks: «Участники» at once, the others one by one, each in an idle moment of the page
 * (a chunk is evaluated when it arrives; one at a time keeps each such task short). Returns a function that
 * stops what has not started. A chunk that fails to load is left to the route, which loads it again on the
 * visit and shows its error there.
 */
export function prefetchSections(): () => void {
  // «Участники», the section a person opens most, is fetched at once rather than in an idle moment: «Главная»,
  // first after the start, keeps the page busy while its figures come in, and a click on the list in that time
  // waited for the chunk to download and compile. A fetched module is not fetched again by the route.
  void SECTION_LOADERS.participants().catch(() => undefined);
  const loaders = Object.values(SECTION_LOADERS).filter((l) => l !== SECTION_LOADERS.participants);
  let stopped = false;
  let handle: number | undefined;
  const next = (i: number) => {
    if (stopped || i >= loaders.length) return;
    handle = requestIdleCallback(
      () => {
        loaders[i]!().then(
          () => next(i + 1),
          () => next(i + 1),
        );
      },
      { timeout: 5000 },
    );
  };
  if (typeof requestIdleCallback === 'function') next(0);
  return () => {
    stopped = true;
    if (handle !== undefined) cancelIdleCallback(handle);
  };
}
