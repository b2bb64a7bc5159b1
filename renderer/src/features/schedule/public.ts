/**
 * What other features, `app/` and the bench may use of the schedule. Everything else in this folder is the
 * section's own and may change without notice.
 */

/** The page that enrolls a selection of participants in a group (the participant list's «Записать в группу»). */
export function enrollSelectionPath(participantIds: readonly string[]): string {
  return `/schedule/enroll?ids=${participantIds.join(',')}`;
}

/** A group's page in the schedule. */
export function schedulePathOfGroup(groupId: string): string {
  return `/schedule/groups/${groupId}`;
}

export { conflictText } from './conflict-text';
