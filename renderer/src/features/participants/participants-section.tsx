import { lazy, useEffect, type ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { ParticipantsListPage } from './list/participants-list-page';

/**
 * A page of the section loaded apart from the list: the list is what «Участники» opens on, so its route loads
 * only the list's code (B4a: the section's chunks were most of the time to its first rows). Once loaded (the
 * section preloads them when idle), the page renders at once; before that, the first visit waits in the
 * section's Suspense.
 */
function separatePage(load: () => Promise<ComponentType>) {
  let loaded: ComponentType | null = null;
  let pending: Promise<ComponentType> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (page) => (loaded = page),
      (error: unknown) => {
        // A failed load is tried again on the next visit, which shows its error.
        pending = null;
        throw error;
      },
    ));
  const Lazy = lazy(async () => ({ default: await preload() }));
  function Page() {
    const Loaded = loaded;
    return Loaded ? <Loaded /> : <Lazy />;
  }
  return { Page, preload };
}

const importWizard = separatePage(() =>
  import('./import/import-wizard-page').then((m) => m.ImportWizardPage),
);
const schools = separatePage(() => import('./schools/schools-page').then((m) => m.SchoolsPage));
const newParticipant = separatePage(() =>
  import('./card/new-participant-page').then((m) => m.NewParticipantPage),
);
const card = separatePage(() => import('./card/participant-card-page').then((m) => m.ParticipantCardPage));
const SEPARATE = [card, schools, newParticipant, importWizard];

/** «Участники»: the list, a participant's card, schools, and the import wizard. */
export default function ParticipantsSection() {
  // The other pages' code, fetched one by one in idle moments once the section is shown.
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return;
    let handle: number | undefined;
    let stopped = false;
    const next = (i: number) => {
      if (stopped || i >= SEPARATE.length) return;
      handle = requestIdleCallback(
        () =>
          void SEPARATE[i]!.preload().then(
            () => next(i + 1),
            () => next(i + 1),
          ),
        { timeout: 5000 },
      );
    };
    next(0);
    return () => {
      stopped = true;
      if (handle !== undefined) cancelIdleCallback(handle);
    };
  }, []);
  return (
    <Routes>
      <Route index element={<ParticipantsListPage />} />
      <Route path="import" element={<importWizard.Page />} />
      <Route path="schools" element={<schools.Page />} />
      <Route path="new" element={<newParticipant.Page />} />
      <Route path=":id" element={<card.Page />} />
    </Routes>
  );
}
