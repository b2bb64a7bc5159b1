import type {
  AttendanceMark,
  Certificate,
  Enrollment,
  Group,
  Id,
  IsoDate,
  Mentor,
  Participant,
  Place,
  Program,
  School,
  Session,
  Venue,
} from '../domain';
import { completionsOf } from '../attendance/completion';
import type { ReconcileTrial } from '../reconcile/reconcile';

/** The inclusive date range a report counts (by session date). */
export interface ReportPeriod {
  from: IsoDate;
  to: IsoDate;
}

export function inPeriod(date: IsoDate | null | undefined, period: ReportPeriod): boolean {
  return !!date && date >= period.from && date <= period.to;
}

/**
 * Everything the reports read. `sessions` must hold EVERY session of each group in `groups` (also those
 * outside the period), because completion counts all of a group's sessions; `enrollments` and `attendance`
 * likewise cover those groups whole.
 */
export interface ReportData {
  venue: Pick<
    Venue,
    | 'fullName'
    | 'shortName'
    | 'inn'
    | 'oktmo'
    | 'region'
    | 'municipality'
    | 'coordinatorName'
    | 'directorName'
    | 'venueId'
    | 'pupilKeySecret'
  > | null;
  programs: Pick<
    Program,
    'id' | 'title' | 'profession' | 'platformName' | 'sphere' | 'level' | 'format' | 'completion'
  >[];
  groups: Pick<Group, 'id' | 'programId' | 'name' | 'capacity'>[];
  sessions: ReportSession[];
  enrollments: Pick<Enrollment, 'groupId' | 'participantId' | 'status'>[];
  attendance: Pick<AttendanceMark, 'sessionId' | 'participantId' | 'groupId' | 'status'>[];
  participants: ReportParticipant[];
  schools: Pick<School, 'id' | 'fullName' | 'shortName' | 'municipality'>[];
  mentors: Pick<Mentor, 'id' | 'lastName' | 'firstName' | 'middleName'>[];
  places: Pick<Place, 'id' | 'name' | 'kind'>[];
  /** Certificates issued in the period (others are ignored anyway). */
  certificates: Pick<Certificate, 'programId' | 'participantId' | 'issuedOn' | 'status'>[];
  /**
   * The federal platform's trial records (the last loaded export), for «из них отмечено на платформе»;
   * absent where a report does not count it.
   */
  platformTrials?: ReconcileTrial[];
}

export type ReportSession = Pick<
  Session,
  | 'id'
  | 'groupId'
  | 'programId'
  | 'date'
  | 'start'
  | 'end'
  | 'placeId'
  | 'mentorIds'
  | 'status'
  | 'onlineLink'
  | 'platformConfirmedOn'
>;

export type ReportParticipant = Pick<
  Participant,
  | 'id'
  | 'lastName'
  | 'firstName'
  | 'middleName'
  | 'birthDate'
  | 'schoolId'
  | 'grade'
  | 'classLetter'
  | 'hasDisability'
  | 'platformId'
>;

/** One participant's completion of one programme. */
export interface CompletedTrial {
  participantId: Id;
  programId: Id;
  groupId: Id;
  /** The date of the session whose mark reached the completion threshold. */
  date: IsoDate;
}

/**
 * Who took part in a group: everyone enrolled (not the waiting list) plus anyone with a mark in one of its
 * sessions (a walk-in added on the spot).
 */
export function groupMembers(
  groupId: Id,
  enrollments: ReportData['enrollments'],
  attendance: ReportData['attendance'],
): Set<Id> {
  const ids = new Set<Id>();
  for (const e of enrollments) if (e.groupId === groupId && e.status === 'enrolled') ids.add(e.participantId);
  for (const m of attendance) if (m.groupId === groupId) ids.add(m.participantId);
  return ids;
}

/**
 * Every completion in the data, through the shared completion rule (`completionsOf`). A participant who
 * completed the same programme in two groups counts once, on the earlier date.
 */
export function completedTrials(data: ReportData): CompletedTrial[] {
  const programs = new Map(data.programs.map((p) => [p.id, p]));
  const sessionsByGroup = groupBy(data.sessions, (s) => s.groupId);
  const marksByGroup = groupBy(data.attendance, (m) => m.groupId);
  const enrollmentsByGroup = groupBy(data.enrollments, (e) => e.groupId);
  const best = new Map<string, CompletedTrial>();
  for (const group of data.groups) {
    const program = programs.get(group.programId);
    if (!program) continue;
    const marks = marksByGroup.get(group.id) ?? [];
    const members = groupMembers(group.id, enrollmentsByGroup.get(group.id) ?? [], marks);
    const results = completionsOf(
      [...members],
      sessionsByGroup.get(group.id) ?? [],
      marks,
      program.completion ?? { mode: 'all' },
    );
    for (const [participantId, c] of results) {
      if (!c.completedOn) continue;
      const key = `${participantId}|${program.id}`;
      const current = best.get(key);
      if (!current || c.completedOn < current.date)
        best.set(key, { participantId, programId: program.id, groupId: group.id, date: c.completedOn });
    }
  }
  return [...best.values()];
}

export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    let list = map.get(k);
    if (!list) map.set(k, (list = []));
    list.push(item);
  }
  return map;
}

/** Grade bands of docs/formats.md §3; a grade outside 6–11 (or unknown) is in no band. */
export const GRADE_BANDS = [
  { label: '6–7', min: 6, max: 7 },
  { label: '8–9', min: 8, max: 9 },
  { label: '10–11', min: 10, max: 11 },
] as const;

export function gradeBandIndex(grade: number | null): number {
  if (grade === null) return -1;
  return GRADE_BANDS.findIndex((b) => grade >= b.min && grade <= b.max);
}
