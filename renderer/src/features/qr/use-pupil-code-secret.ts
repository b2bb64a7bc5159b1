import { useLiveQuery } from 'dexie-react-hooks';
import { getPupilCodeSecret } from '../../db/queries/pupil-codes';

/**
 * The venue secret pupils' codes are made with, live (undefined while it is read; null before the first code
 * was made). The scanner holds it, so a scan does not read it again before it marks (B9).
 */
export function usePupilCodeSecret(): string | null | undefined {
  return useLiveQuery(() => getPupilCodeSecret(), []);
}
