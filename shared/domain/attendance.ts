import type { Id, IsoDateTime, Labels } from './common';

export const ATTENDANCE_STATUSES = ['present', 'late', 'absent', 'excused'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const ATTENDANCE_STATUS_LABELS: Labels<AttendanceStatus> = {
  present: 'Присутствовал',
  late: 'Опоздал',
  absent: 'Отсутствовал',
  excused: 'Уважительная причина',
};

/** Marks that count towards completion. */
export const ATTENDED_STATUSES: readonly AttendanceStatus[] = ['present', 'late'];

/** An attendance mark; the id is `${sessionId}:${participantId}`, so a session holds one mark per person. */
export interface AttendanceMark {
  id: string;
  sessionId: Id;
  participantId: Id;
  groupId: Id;
  status: AttendanceStatus;
  note: string;
  updatedAt: IsoDateTime;
}

export function attendanceMarkId(sessionId: Id, participantId: Id): string {
  return `${sessionId}:${participantId}`;
}
