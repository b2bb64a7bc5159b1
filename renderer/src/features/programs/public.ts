/**
 * What other features and `app/` may use from «Программы». Anything else in this folder is the section's own.
 */
export { ProgramStatusBadge, useHoursLabel } from './program-ui';
export { useMentors, usePlaces, usePrograms } from './use-programs';
