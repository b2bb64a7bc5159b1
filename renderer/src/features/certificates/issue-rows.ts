import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Id, Participant } from '@shared/domain';
import { gradeLabel, type SkipReason } from '@shared/certificates';
import { joinFio } from '@shared/text/fio';
import { ruCollator } from '@shared/text/collation';
import type { GroupEligibilityView } from '../../db/queries/certificates';
import { useSchoolNames } from './use-certificates';

export interface IssueRow {
  participantId: Id;
  fio: string;
  school: string;
  grade: string;
  attended: string;
  completedOn: string | null;
  reason: SkipReason | null;
  heldNumber: string | null;
}

/** The rows of the two tables of the issue page (who gets a certificate, who is skipped), by ФИО. */
export function useIssueRows(view: GroupEligibilityView | null | undefined): {
  eligible: IssueRow[];
  skipped: IssueRow[];
} {
  const { t } = useTranslation('certificates');
  const schools = useSchoolNames();
  return useMemo(() => {
    if (!view) return { eligible: [], skipped: [] };
    const row = (
      participantId: Id,
      completion: { attended: number; required: number },
      completedOn: string | null,
      reason: SkipReason | null,
      heldNumber: string | null,
    ): IssueRow => {
      const p: Participant | undefined = view.participants.get(participantId);
      return {
        participantId,
        fio: p && !p.anonymizedAt ? joinFio(p) : '—',
        school: (p?.schoolId && schools?.get(p.schoolId)) || '',
        grade: p ? gradeLabel(p.grade, p.classLetter) : '',
        attended: t('issue.attended', { attended: completion.attended, required: completion.required }),
        completedOn,
        reason,
        heldNumber,
      };
    };
    const byFio = (a: IssueRow, b: IssueRow) => ruCollator.compare(a.fio, b.fio);
    return {
      eligible: view.eligible
        .map((e) => row(e.participantId, e.completion, e.completedOn, null, null))
        .sort(byFio),
      skipped: view.skipped
        .map((s) => row(s.participantId, s.completion, s.completion.completedOn, s.reason, s.heldNumber))
        .sort(byFio),
    };
  }, [view, schools, t]);
}
