import type { Id } from '../domain';
import { inPeriod, type ReportData, type ReportPeriod } from './report-data';
import { completedTrials } from './report-data';
import { PARTICIPANT_COLUMNS, participantListRows } from './quarterly-report';
import type { ReportTable } from './report-table';

/** Filters of the participant list; an empty list means «all». */
export interface ParticipantListFilter {
  programIds: Id[];
  schoolIds: Id[];
  grades: number[];
  ovzOnly: boolean;
}

export const NO_FILTER: ParticipantListFilter = { programIds: [], schoolIds: [], grades: [], ovzOnly: false };

/**
 * The participant list for reconciling with the federal platform: the same columns as the «Участники»
 * sheet of the quarterly report (the platform's own column names), one row per trial completed in the
 * period — never comma-joined — narrowed by programme, school, grade and ОВЗ.
 */
export function buildParticipantList(
  data: ReportData,
  period: ReportPeriod,
  filter: ParticipantListFilter = NO_FILTER,
): ReportTable {
  const participants = new Map(data.participants.map((p) => [p.id, p]));
  const completions = completedTrials(data).filter((c) => {
    if (!inPeriod(c.date, period)) return false;
    if (filter.programIds.length > 0 && !filter.programIds.includes(c.programId)) return false;
    const p = participants.get(c.participantId);
    if (filter.schoolIds.length > 0 && !filter.schoolIds.includes(p?.schoolId ?? '')) return false;
    if (filter.grades.length > 0 && !filter.grades.includes(p?.grade ?? -1)) return false;
    if (filter.ovzOnly && !p?.hasDisability) return false;
    return true;
  });
  return {
    name: 'Участники',
    columns: PARTICIPANT_COLUMNS,
    rows: participantListRows(completions, data),
    total: null,
  };
}
