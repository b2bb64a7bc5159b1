import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Group, IsoDate, Mentor, Place, Program, Session } from '@shared/domain';
import { addDays, formatDate, weekday } from '@shared/dates';
import { compareSessionsByTime, WEEKDAY_NAMES } from '@shared/schedule';
import { shortFio } from '@shared/text/fio';

export interface WeekPdfInput {
  venueName: string;
  weekStart: IsoDate;
  sessions: readonly Session[];
  groups: ReadonlyMap<string, Group>;
  programs: ReadonlyMap<string, Program>;
  places: ReadonlyMap<string, Place>;
  mentors: ReadonlyMap<string, Mentor>;
  enrolledCount: ReadonlyMap<string, number>;
  /** «Программа: …» when the calendar was filtered. */
  filterNote?: string;
}

const HEADERS = [
  'День',
  'Время',
  'Программа (профессия)',
  'Группа',
  'Место проведения',
  'Наставник',
  'Участников',
];

/**
 * The week's sessions for the notice board: A4 landscape, one table, days in order, cancelled sessions
 * struck through and marked so nobody comes for nothing.
 */
export function weekScheduleDoc(input: WeekPdfInput): TDocumentDefinitions {
  const weekEnd = addDays(input.weekStart, 6);
  const sorted = [...input.sessions]
    .filter((s) => s.date >= input.weekStart && s.date <= weekEnd)
    .sort(compareSessionsByTime);

  const body: TableCell[][] = [HEADERS.map((text) => ({ text, style: 'th' }))];
  const byDay = new Map<IsoDate, Session[]>();
  for (const s of sorted) byDay.set(s.date, [...(byDay.get(s.date) ?? []), s]);
  for (const [date, list] of byDay) {
    list.forEach((s, i) => {
      const cancelled = s.status === 'cancelled';
      const group = input.groups.get(s.groupId);
      const program = input.programs.get(s.programId);
      const place = s.placeId
        ? (input.places.get(s.placeId)?.name ?? '')
        : s.onlineLink
          ? `Онлайн: ${s.onlineLink}`
          : '';
      const mentors = s.mentorIds
        .map((id) => input.mentors.get(id))
        .filter((m): m is Mentor => !!m)
        .map((m) => shortFio(m))
        .join(', ');
      const strike = cancelled ? { decoration: 'lineThrough' as const, color: '#777777' } : {};
      const dayCell: TableCell =
        i === 0
          ? {
              text: [{ text: `${WEEKDAY_NAMES[weekday(date) - 1]}\n`, bold: true }, formatDate(date)],
              rowSpan: list.length,
            }
          : '';
      body.push([
        dayCell,
        { text: `${s.start}–${s.end}`, ...strike },
        {
          text: [
            { text: program?.title ?? '', bold: true, ...strike },
            program ? { text: `\n${program.profession}`, fontSize: 8, color: '#555555' } : '',
            cancelled
              ? {
                  text: `\nЗанятие отменено${s.cancelReason ? `: ${s.cancelReason}` : ''}`,
                  color: '#b00020',
                  bold: true,
                }
              : '',
          ],
        },
        { text: group?.name ?? '', ...strike },
        { text: place, ...strike },
        { text: mentors, ...strike },
        { text: cancelled ? '—' : String(input.enrolledCount.get(s.groupId) ?? 0), alignment: 'right' },
      ]);
    });
  }

  const content: Content[] = [
    { text: input.venueName, style: 'venue' },
    {
      text: `Расписание профессиональных проб на неделю ${formatDate(input.weekStart)} – ${formatDate(weekEnd)}`,
      style: 'title',
    },
  ];
  if (input.filterNote) content.push({ text: input.filterNote, style: 'note' });
  if (sorted.length === 0) content.push({ text: 'На этой неделе занятий нет.', margin: [0, 16, 0, 0] });
  else
    content.push({
      table: { headerRows: 1, widths: [72, 56, '*', 130, 130, 95, 52], body, dontBreakRows: true },
      layout: {
        hLineWidth: () => 0.5,
        vLineWidth: () => 0.5,
        hLineColor: () => '#888888',
        vLineColor: () => '#888888',
        fillColor: (row: number) => (row === 0 ? '#e8eef2' : null),
        paddingTop: () => 4,
        paddingBottom: () => 4,
      },
    });

  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [28, 28, 28, 36],
    info: { title: `Расписание на неделю ${formatDate(input.weekStart)}` },
    content,
    footer: (page: number, pages: number) => ({
      text: `Страница ${page} из ${pages}`,
      alignment: 'right',
      fontSize: 8,
      margin: [28, 8, 28, 0],
      color: '#666666',
    }),
    styles: {
      venue: { fontSize: 10, color: '#444444', margin: [0, 0, 0, 4] },
      title: { fontSize: 16, bold: true, margin: [0, 0, 0, 8] },
      note: { fontSize: 9, italics: true, margin: [0, 0, 0, 8] },
      th: { bold: true, fontSize: 9 },
    },
    defaultStyle: { fontSize: 9 },
  };
}
