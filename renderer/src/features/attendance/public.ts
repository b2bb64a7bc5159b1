/**
 * What other features, `app/` and the bench may use of the attendance section. Everything else in this
 * folder is the section's own and may change without notice.
 */

/** The marking page of a session (the home page's «today» list opens it). */
export function attendancePathOfSession(sessionId: string): string {
  return `/attendance/sessions/${sessionId}`;
}

/** A group's overview matrix of marks. */
export function attendancePathOfGroup(groupId: string): string {
  return `/attendance/groups/${groupId}`;
}

export { MARK_COLORS } from './marking-grid';
