import { compareSessionsByTime } from '../schedule/order';
import type { Id } from '../domain';
import { ATTENDED_STATUSES, type AttendanceStatus } from '../domain';
import { formatDate } from '../dates';
import { ruCollator } from '../text/collation';
import { joinFio } from '../text/fio';
import { completionsOf } from '../attendance/completion';
import { groupBy, groupMembers, inPeriod, type ReportData, type ReportPeriod } from './report-data';
import { TOTAL_LABEL, type ReportCell, type ReportColumn, type ReportTable } from './report-table';

/** How a mark reads in the journal: lower-case words, so the file needs no legend. */
export const JOURNAL_MARKS: Readonly<Record<AttendanceStatus, string>> = {
  present: 'присутствовал',
  late: 'опоздал',
  absent: 'отсутствовал',
  excused: 'уважительная',
};

/**
 * The attendance journal: for each group, its participants (rows, by ФИО) × its sessions (columns, by date
 * and time) with the marks, then «Посещено» and «Проба пройдена» (the shared completion rule). With a period,
 * only the sessions inside it are shown (the completion still counts all of the group's sessions).
 * A cancelled session's column says «отменено»; an empty cell is «no mark». The «Итого» row counts those
 * who attended each session.
 */
export function buildAttendanceJournal(
  data: ReportData,
  options: { groupIds?: readonly Id[]; period?: ReportPeriod },
): ReportTable[] {
  const programs = new Map(data.programs.map((p) => [p.id, p]));
  const participants = new Map(data.participants.map((p) => [p.id, p]));
  const schools = new Map(data.schools.map((s) => [s.id, s]));
  const sessionsByGroup = groupBy(data.sessions, (s) => s.groupId);
  const marksByGroup = groupBy(data.attendance, (m) => m.groupId);
  const enrollmentsByGroup = groupBy(data.enrollments, (e) => e.groupId);
  const groups = data.groups
    .filter((g) => !options.groupIds || options.groupIds.includes(g.id))
    .map((g) => {
      const all = sessionsByGroup.get(g.id) ?? [];
      const shown = all
        .filter((s) => !options.period || inPeriod(s.date, options.period))
        .sort(compareSessionsByTime);
      return { group: g, all, shown };
    })
    .filter((x) => x.shown.length > 0)
    .sort(
      (a, b) =>
        a.shown[0]!.date.localeCompare(b.shown[0]!.date) || ruCollator.compare(a.group.name, b.group.name),
    );

  return groups.map(({ group, all, shown }) => {
    const program = programs.get(group.programId);
    const marks = marksByGroup.get(group.id) ?? [];
    const markOf = new Map(marks.map((m) => [`${m.sessionId}:${m.participantId}`, m.status]));
    const members = [...groupMembers(group.id, enrollmentsByGroup.get(group.id) ?? [], marks)];
    const people = members
      .map((id) => participants.get(id))
      .filter((p) => !!p)
      .sort((a, b) => ruCollator.compare(joinFio(a), joinFio(b)));
    const completion = completionsOf(members, all, marks, program?.completion ?? { mode: 'all' });
    const columns: ReportColumn[] = [
      { header: '№', kind: 'number', width: 6 },
      { header: 'ФИО', kind: 'text', width: 34 },
      { header: 'Школа', kind: 'text', width: 24 },
      { header: 'Класс', kind: 'text', width: 7 },
      ...shown.map((s): ReportColumn => ({
        header: `${formatDate(s.date)} ${s.start}${s.status === 'cancelled' ? ' (отменено)' : ''}`,
        kind: 'text',
        width: 16,
      })),
      { header: 'Посещено', kind: 'number', width: 10 },
      { header: 'Проба пройдена', kind: 'text', width: 10 },
    ];
    const rows: ReportCell[][] = people.map((p, i) => {
      const school = p.schoolId ? schools.get(p.schoolId) : undefined;
      const c = completion.get(p.id);
      return [
        i + 1,
        joinFio(p),
        school ? school.shortName || school.fullName : '',
        p.grade === null ? '' : `${p.grade}${p.classLetter}`,
        ...shown.map((s) => {
          if (s.status === 'cancelled') return 'отменено';
          const status = markOf.get(`${s.id}:${p.id}`);
          return status ? JOURNAL_MARKS[status] : '';
        }),
        shown.filter((s) => {
          const status = markOf.get(`${s.id}:${p.id}`);
          return s.status !== 'cancelled' && !!status && ATTENDED_STATUSES.includes(status);
        }).length,
        c?.completed ? 'да' : 'нет',
      ];
    });
    const total: ReportCell[] = [
      TOTAL_LABEL,
      null,
      null,
      null,
      ...shown.map((s) =>
        s.status === 'cancelled'
          ? null
          : people.filter((p) => {
              const status = markOf.get(`${s.id}:${p.id}`);
              return !!status && ATTENDED_STATUSES.includes(status);
            }).length,
      ),
      rows.reduce<number>((sum, r) => sum + (r[r.length - 2] as number), 0),
      people.filter((p) => completion.get(p.id)?.completed).length,
    ];
    return { name: group.name || program?.title || 'Группа', columns, rows, total };
  });
}
