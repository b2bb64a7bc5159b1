import { useLiveQuery } from 'dexie-react-hooks';
import { loadFirstSteps } from '../../db/queries/home';

/** Which first steps the venue has done, live: the checklist ticks itself as the data arrives. */
export function useFirstSteps() {
  return useLiveQuery(() => loadFirstSteps(), []);
}
