import type { Id, IsoDate } from '../domain';
import { ATTENDED_STATUSES, SPHERE_LABELS, type Sphere } from '../domain';
import { daysInMonth, toIsoDate } from '../dates';
import { ruCollator } from '../text/collation';
import {
  GRADE_BANDS,
  gradeBandIndex,
  groupBy,
  inPeriod,
  type ReportData,
  type ReportPeriod,
} from './report-data';
import { buildQuarterlyReport, isHeld, recordedSessionIds, completionsInPeriod } from './quarterly-report';
import { completedTrials } from './report-data';

/** The dashboard's figures and chart series, from the same definitions as the quarterly report. */
export interface DashboardStats {
  /** The quarter's figures, equal to the «Итого» of the report's «Сводка» for the quarter. */
  heldSessions: number;
  /** Distinct participants enrolled in groups that ran in the quarter (across programmes). */
  participants: number;
  completions: number;
  certificates: number;
  /** Held sessions of the quarter flagged «отмечено на платформе». */
  confirmedSessions: number;
  /** By month `YYYY-MM`; the page names the months in its language. */
  completionsByMonth: { month: string; count: number }[];
  /** Share of marks that are present or late, among the marks of held sessions of the month; null if none. */
  attendanceByMonth: { month: string; rate: number | null }[];
  /** Distinct participants who completed a trial in the quarter, by school (short name; empty for none). */
  bySchool: { school: string; count: number }[];
  /** Distinct completers of the quarter by grade band (`6–7`; the page adds «кл.» or its English). */
  byGradeBand: { band: string; count: number }[];
  /** Completions of the quarter by professional environment. */
  bySphere: { sphere: Sphere; count: number }[];
}

/** The school year (1 September – 31 August) containing `date`. */
export function schoolYearStart(date: IsoDate): IsoDate {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return toIsoDate(m >= 9 ? y : y - 1, 9, 1);
}

/** Months `YYYY-MM` from the month of `from` to the month of `to`. */
export function monthsBetween(from: IsoDate, to: IsoDate): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (let guard = 0; guard < 240; guard++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= last) break;
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/**
 * `data` must cover both the quarter and the months of the charts (see `dashboardRange`).
 */
export function buildDashboard(
  data: ReportData,
  quarter: ReportPeriod,
  months: readonly string[],
  today: IsoDate,
): DashboardStats {
  const report = buildQuarterlyReport(data, quarter, today);
  const recorded = recordedSessionIds(data);
  const held = data.sessions.filter((s) => isHeld(s, recorded, quarter));

  const enrolled = new Set<Id>();
  const running = new Set(
    data.sessions.filter((s) => s.status !== 'cancelled' && inPeriod(s.date, quarter)).map((s) => s.groupId),
  );
  for (const e of data.enrollments)
    if (running.has(e.groupId) && e.status === 'enrolled') enrolled.add(e.participantId);
  for (const m of data.attendance) if (running.has(m.groupId)) enrolled.add(m.participantId);

  const all = completedTrials(data);
  const completionsByMonth = months.map((month) => ({
    month,
    count: all.filter((c) => c.date.startsWith(month)).length,
  }));

  const sessionMonth = new Map(data.sessions.map((s) => [s.id, s.date.slice(0, 7)]));
  const heldAnywhere = new Set(
    data.sessions.filter((s) => s.status !== 'cancelled' && recorded.has(s.id)).map((s) => s.id),
  );
  const marksByMonth = groupBy(
    data.attendance.filter((m) => heldAnywhere.has(m.sessionId)),
    (m) => sessionMonth.get(m.sessionId) ?? '',
  );
  const attendanceByMonth = months.map((month) => {
    const marks = marksByMonth.get(month) ?? [];
    const attended = marks.filter((m) => ATTENDED_STATUSES.includes(m.status)).length;
    return {
      month,
      rate: marks.length === 0 ? null : Math.round((attended / marks.length) * 100),
    };
  });

  const quarterCompletions = completionsInPeriod(data, quarter);
  const participants = new Map(data.participants.map((p) => [p.id, p]));
  const schools = new Map(data.schools.map((s) => [s.id, s]));
  const completers = [...new Set(quarterCompletions.map((c) => c.participantId))]
    .map((id) => participants.get(id))
    .filter((p) => !!p);
  const bySchool = [...groupBy(completers, (p) => p.schoolId ?? '').entries()]
    .map(([id, people]) => ({
      // Empty for pupils without a school: the page says so in its language.
      school: schools.get(id)?.shortName || schools.get(id)?.fullName || '',
      count: people.length,
    }))
    // Pupils without a school come after the named schools of the same count.
    .sort(
      (a, b) =>
        b.count - a.count ||
        Number(a.school === '') - Number(b.school === '') ||
        ruCollator.compare(a.school, b.school),
    );
  const byGradeBand = GRADE_BANDS.map((band, i) => ({
    band: band.label,
    count: completers.filter((p) => gradeBandIndex(p.grade) === i).length,
  }));
  const programs = new Map(data.programs.map((p) => [p.id, p]));
  const sphereCounts = new Map<Sphere, number>();
  for (const c of quarterCompletions) {
    const sphere = programs.get(c.programId)?.sphere;
    if (sphere) sphereCounts.set(sphere, (sphereCounts.get(sphere) ?? 0) + 1);
  }
  const bySphere = [...sphereCounts.entries()]
    .map(([sphere, count]) => ({ sphere, count }))
    // Ties in the Russian order of the environments' names, the same in either language.
    .sort(
      (a, b) => b.count - a.count || ruCollator.compare(SPHERE_LABELS[a.sphere], SPHERE_LABELS[b.sphere]),
    );

  return {
    heldSessions: report.figures.heldSessions,
    participants: enrolled.size,
    completions: report.figures.completed,
    certificates: report.figures.certificates,
    confirmedSessions: held.filter((s) => !!s.platformConfirmedOn).length,
    completionsByMonth,
    attendanceByMonth,
    bySchool,
    byGradeBand,
    bySphere,
  };
}

/** The dates the dashboard needs: the school year so far and the whole current quarter. */
export function dashboardRange(
  today: IsoDate,
  quarter: ReportPeriod,
): { range: ReportPeriod; months: string[] } {
  const yearStart = schoolYearStart(today);
  const from = yearStart < quarter.from ? yearStart : quarter.from;
  const [y, m] = today.split('-').map(Number) as [number, number];
  const monthEnd = toIsoDate(y, m, daysInMonth(y, m));
  const to = quarter.to > monthEnd ? quarter.to : monthEnd;
  return { range: { from, to }, months: monthsBetween(yearStart, monthEnd) };
}
