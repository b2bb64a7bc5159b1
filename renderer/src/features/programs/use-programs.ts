import { useLiveQuery } from 'dexie-react-hooks';
import type { Id } from '@shared/domain';
import {
  findMentor,
  findPlace,
  findProgram,
  listMentors,
  listPlaces,
  listPrograms,
} from '../../db/queries/programs';

/**
 * The section's live reads. A list is `undefined` while it loads; a record is `undefined` while it loads and
 * `null` when it is not there (what `RecordPage` expects).
 */
export const usePrograms = () => useLiveQuery(() => listPrograms(), []);
export const useProgram = (id: Id) => useLiveQuery(() => findProgram(id), [id]);
export const useMentors = () => useLiveQuery(() => listMentors(), []);
export const useMentor = (id: Id) => useLiveQuery(() => findMentor(id), [id]);
export const usePlaces = () => useLiveQuery(() => listPlaces(), []);
export const usePlace = (id: Id) => useLiveQuery(() => findPlace(id), [id]);
