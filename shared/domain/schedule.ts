import type { Id, IsoDate, IsoDateTime, LocalTime, Labels } from './common';

/** A group (группа) of one programme. */
export interface Group {
  id: Id;
  programId: Id;
  name: string;
  capacity: number;
  note: string;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

export const SESSION_STATUSES = ['planned', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** A session (занятие) of a group: a local date and local times, never shifted by time zones. */
export interface Session {
  id: Id;
  groupId: Id;
  /** Denormalised from the group so the calendar and reports filter by programme with one index. */
  programId: Id;
  date: IsoDate;
  start: LocalTime;
  end: LocalTime;
  placeId: Id | null;
  onlineLink: string;
  mentorIds: Id[];
  status: SessionStatus;
  cancelReason: string;
  /** The date the attendance was confirmed on the federal platform («отмечено на платформе»). */
  platformConfirmedOn: IsoDate | null;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

export const ENROLLMENT_STATUSES = ['enrolled', 'waiting'] as const;
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];
export const ENROLLMENT_STATUS_LABELS: Labels<EnrollmentStatus> = {
  enrolled: 'Записан',
  waiting: 'Лист ожидания',
};

/** An enrollment (запись в группу); `position` orders the waiting list. */
export interface Enrollment {
  id: Id;
  groupId: Id;
  participantId: Id;
  status: EnrollmentStatus;
  position: number;
  createdAt: IsoDateTime;
}
