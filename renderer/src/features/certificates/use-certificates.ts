import { useLiveQuery } from 'dexie-react-hooks';
import type { Id } from '@shared/domain';
import {
  certificateView,
  eligibilityForGroup,
  getCertificateDesign,
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
