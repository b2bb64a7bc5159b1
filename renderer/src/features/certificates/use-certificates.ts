import { useLiveQuery } from 'dexie-react-hooks';
import type { Id } from '@shared/domain';
import {
  certificateView,
  eligibilityForGroup,
  getCertificateDesign,
  dueByGroup,
  groupChoices,
  listCertificates,
  printSettings,
  programTitles,
  schoolNames,
} from '../../db/queries/certificates';

/** The section's live reads; `undefined` while loading, and `null` for a record that is not there. */
export const useCertificates = () => useLiveQuery(() => listCertificates(), []);
export const useProgramTitles = () => useLiveQuery(() => programTitles(), []);
export const useCertificateView = (id: Id) => useLiveQuery(() => certificateView(id), [id]);
export const useGroupChoices = () => useLiveQuery(() => groupChoices(), []);
/** Certificates due per group (eligible now), for «к выдаче: N» in the group choice. */
export const useDueByGroup = () => useLiveQuery(() => dueByGroup(), []);
export const useSchoolNames = () => useLiveQuery(() => schoolNames(), []);
export const useCertificateDesign = () => useLiveQuery(() => getCertificateDesign(), []);
export const usePrintSettings = () => useLiveQuery(() => printSettings(), []);

/**
 * Who of the group may get a certificate. A group that is gone or broken gives its error (shown in place of
 * the tables) instead of throwing into the page; null when no group is chosen.
 */
export const useEligibility = (groupId: Id | null) =>
  useLiveQuery(
    async () =>
      groupId
        ? eligibilityForGroup(groupId).then(
            (view) => ({ view, error: null }),
            (error: unknown) => ({ view: null, error }),
          )
        : null,
    [groupId],
  );
