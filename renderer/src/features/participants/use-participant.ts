import { useLiveQuery } from 'dexie-react-hooks';
import type { Id } from '@shared/domain';
import {
  certificatesOfParticipant,
  consentsOfParticipant,
  getParticipant,
  participantActivity,
} from '../../db/queries/participants';

/** One participant, live: `undefined` while it loads, `null` when there is none (the shape `RecordPage` takes). */
export function useParticipant(id: Id) {
  return useLiveQuery(() => getParticipant(id), [id]);
}

export function useParticipantConsents(id: Id) {
  return useLiveQuery(() => consentsOfParticipant(id), [id]);
}

export function useParticipantActivity(id: Id) {
  return useLiveQuery(() => participantActivity(id), [id]);
}

export function useParticipantCertificates(id: Id) {
  return useLiveQuery(() => certificatesOfParticipant(id), [id]);
}
