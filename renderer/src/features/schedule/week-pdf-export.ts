import type { IsoDate } from '@shared/domain';
import { addDays } from '@shared/dates';
import { DOCUMENT_NAMES, documentFileName } from '@shared/export/file-name';
import { shortFio } from '@shared/text/fio';
import { countEnrolled, loadSessionsInRange } from '../../db/queries/schedule';
import { getVenue } from '../../db/queries/venue';
import { renderPdf } from '../../lib/pdf';
import { platform } from '../../platform';
import { matchesFilters, type CalendarFilters } from './calendar-filters';
import type { Lookups } from './schedule-data';
import { weekScheduleDoc } from './week-pdf';

/** The filter as the notice board reads it (document text: Russian, like the rest of the PDF). */
function filterNote(f: CalendarFilters, lookups: Lookups): string | undefined {
  const mentor = f.mentorId ? lookups.mentor.get(f.mentorId) : undefined;
  const parts = [
    f.programId && `программа «${lookups.program.get(f.programId)?.title ?? ''}»`,
    f.placeId && `место «${lookups.place.get(f.placeId)?.name ?? ''}»`,
    f.mentorId && `наставник ${mentor ? shortFio(mentor) : ''}`,
  ].filter(Boolean);
  return parts.length ? `Отбор: ${parts.join('; ')}` : undefined;
}

/**
 * Renders the week starting `weekStart` (the calendar's filter applied) and offers to save the PDF, or prints
 * it through the platform (`print`: the desktop app's print dialog, the browser's print of the PDF).
 */
export async function exportWeekPdf(
  weekStart: IsoDate,
  filters: CalendarFilters,
  lookups: Lookups,
  print = false,
): Promise<boolean> {
  const { sessions: all, groups } = await loadSessionsInRange(weekStart, addDays(weekStart, 6));
  const sessions = all.filter((s) => matchesFilters(s, filters));
  const [enrolledCount, venue] = await Promise.all([
    countEnrolled([...new Set(sessions.map((s) => s.groupId))]),
    getVenue(),
  ]);
  const bytes = await renderPdf(
    weekScheduleDoc({
      venueName: venue?.fullName ?? venue?.shortName ?? '',
      weekStart,
      sessions,
      groups,
      programs: lookups.program,
      places: lookups.place,
      mentors: lookups.mentor,
      enrolledCount,
      filterNote: filterNote(filters, lookups),
    }),
  );
  const suggestedName = documentFileName(DOCUMENT_NAMES.schedule, 'pdf', {
    from: weekStart,
    to: addDays(weekStart, 6),
  });
  if (print) {
    await platform.printPdf(bytes, suggestedName.replace(/\.pdf$/, ''));
    return true;
  }
  return platform.saveFile({
    suggestedName,
    data: bytes,
    mimeType: 'application/pdf',
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
}
