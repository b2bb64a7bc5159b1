import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Participant, School } from '@shared/domain';
import { normalizeKey } from '@shared/text/normalize';
import { todayIso } from '@shared/dates';
import {
  listFirstByFio,
  listParticipants,
  listSchools,
  personalDataConsentStatus,
  takeListHead,
  type ListHead,
} from '../../db/queries/participants';

export { LIST_FIRST_ROWS } from '../../db/queries/participants';
import { SearchNarrower } from '../../db/queries/participant-search';

/*
 * What the participant list reads. Reading 20 000 people takes a few hundred milliseconds; until then the top
 * of the list comes from the `fioKey` index. The page asks the small queries first (this preview, the
 * schools) and the whole list only once the preview is on screen.
 */

/**
 * The list's first screen as read when the navigation to it began (`prefetchListHead`, from the router's
 * loader): at the first render when it was already answered, else as soon as it is. Undefined without one
 * (the page's live queries answer then).
 */
export function useListHead(): ListHead | undefined {
  const [head] = useState(takeListHead);
  const [value, setValue] = useState(() => head?.value ?? undefined);
  useEffect(() => {
    if (!head || value) return;
    let on = true;
    void head.done.then((v) => on && v && setValue(v));
    return () => {
      on = false;
    };
  }, [head, value]);
  return value;
}

/**
 * A live query's answer, with `early` (the same read, made before the page rendered) until it comes. An answer
 * that holds the same records as the early one keeps the early array, so what is on screen is not rendered again.
 */
function useWithEarly<T>(live: T[] | undefined, early: T[] | undefined): T[] | undefined {
  return useMemo(() => (live && early && sameRecords(live, early) ? early : (live ?? early)), [live, early]);
}

function sameRecords<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => JSON.stringify(x) === JSON.stringify(b[i]));
}

export function useFirstParticipants(limit: number, early?: Participant[]) {
  return useWithEarly(
    useLiveQuery(() => listFirstByFio(limit), [limit]),
    early,
  );
}

/** The schools, live, with the early read of the list's first screen until the live query answers. */
export function useListSchools(early?: School[]) {
  return useWithEarly(
    useLiveQuery(() => listSchools(), []),
    early,
  );
}

/** Every participant, read once `on` (undefined until then and while the read runs). */
export function useAllParticipants(on: boolean) {
  return useLiveQuery(async () => (on ? listParticipants() : undefined), [on]);
}

/**
 * True from the frame after `shown` has been painted. The whole list is asked for only then: its answer is one
 * long task on this thread (20 000 records decoded at once, 100 000 in a large municipality), and when it
 * arrived first the top of the list waited behind it, the longer the larger the list.
 */
export function usePaintedOnce(shown: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!shown || painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setPainted(true), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [shown, painted]);
  return painted;
}

/** Each participant's personal-data consent status; consents (with their scans) are read only while `on`. */
export function usePersonalDataConsentStatus(on: boolean) {
  return useLiveQuery(async () => (on ? personalDataConsentStatus(todayIso()) : null), [on]);
}

/**
 * The participants whose stored search words match the query, in the list's order. Matched in memory (for
 * 20 000 people a few milliseconds, less than a round trip to the `searchWords` index), and narrowed from the
 * previous result while letters are only added.
 */
export function useSearchMatches(
  participants: readonly Participant[],
  query: string,
): readonly Participant[] {
  const [narrower] = useState(() => new SearchNarrower<Participant>());
  // Once the list is loaded and shown, its first-letter index is built in a task of its own (a pass over the rows,
  // a few milliseconds), so that a search's first letter does not scan every row at the keystroke.
  useEffect(() => {
    if (participants.length === 0) return;
    const timer = setTimeout(() => narrower.prepare(participants), 0);
    return () => clearTimeout(timer);
  }, [narrower, participants]);
  return useMemo(() => narrower.match(participants, normalizeKey(query)), [narrower, participants, query]);
}
