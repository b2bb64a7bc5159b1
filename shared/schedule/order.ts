/**
 * The order of sessions everywhere (lists, sheets, reports, completion): by date, then by start time. ISO
 * dates and HH:MM times compare correctly as strings; the session id breaks ties so the order never depends
 * on how the rows were read.
 */
export function compareSessionsByTime(
  a: { date: string; start: string; id?: string },
  b: { date: string; start: string; id?: string },
): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.id !== undefined && b.id !== undefined && a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}
