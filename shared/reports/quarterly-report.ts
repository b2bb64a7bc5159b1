import { compareSessionsByTime } from '../schedule/order';
import type { Id, IsoDate } from '../domain';
import { FORMAT_LABELS, LEVEL_LABELS, SPHERE_LABELS, ATTENDED_STATUSES } from '../domain';
import { ruCollator } from '../text/collation';
import { joinFio, shortFio } from '../text/fio';
import { reconcile } from '../reconcile/reconcile';
import {
  completedTrials,
  gradeBandIndex,
  GRADE_BANDS,
  groupBy,
  groupMembers,
  inPeriod,
  type CompletedTrial,
  type ReportData,
  type ReportParticipant,
  type ReportPeriod,
  type ReportSession,
} from './report-data';
import { totalRow, TOTAL_LABEL, type ReportCell, type ReportColumn, type ReportTable } from './report-table';
import { pupilKeysFor } from '../consolidation/pupil-key';

/**
 * The quarterly report for the federal operator (docs/formats.md §3), as pure tables: data in, tables out.
 *
 * Counting is by session date inside the period (both ends included). Definitions:
 * - **held session** (Проведено занятий): not cancelled, date inside the period, attendance recorded (at
 *   least one mark of any kind).
 * - **enrolled** (Записано): distinct participants enrolled (not on the waiting list) in a group of the
 *   programme that has a not-cancelled session in the period; a walk-in with a mark in such a group counts
 *   as enrolled. A group whose sessions in the period were all cancelled did not run, so it adds nobody.
 * - **completed** (Прошли пробу): distinct participants whose completion of the programme
 *   (`shared/attendance/completion.ts`, the programme's threshold) happened in the period; the completion
 *   date is the date of the session whose mark reached the threshold, so completing on the period's last
 *   day counts. Someone who completed the same programme in two groups counts once, on the earlier date.
 * - **grade bands** by the participant's grade: 6–7, 8–9, 10–11 (they and «в т.ч. с ОВЗ» split «Прошли
 *   пробу»; a participant without a grade is in no band).
 * - **certificates** (Выдано сертификатов): certificates of the programme whose issue date is in the period
 *   and whose status is not «аннулирован». A reissue is a new document issued on its own date, so it counts
 *   in its period; the replaced one («перевыпущен») keeps counting in the period it was issued in, and a
 *   report re-made later for a past period gives the same figure unless a certificate was cancelled.
 *
 * Sheets (their names, headers and order are a contract):
 * 1. «Титул»: Показатель · Значение (Площадка, ИНН, ОКТМО, Муниципалитет, Период с, Период по,
 *    Сформирован, Ответственный = the coordinator, else the director; then the machine-readable rows of a
 *    consolidation, docs/consolidation.md: Регион, ID площадки, Вид отчёта, Версия формата).
 * 2. «Сводка»: one row per programme with a session in the period or a certificate issued in it, by title.
 * 3. «По школам»: distinct participants who completed at least one trial in the period, by school and grade.
 * 4. «Участники»: one row per completed trial — never comma-joined; «наличие ОВЗ» is да/нет, never the
 *    nosology; the last column is the pseudonymous pupil key. No «Итого» row: it is a list, not counts.
 * 5. «Занятия»: every session in the period, cancelled ones with «отменено» in «Присутствовали»;
 *    «Присутствовали» is empty while attendance is not recorded, and says «запланировано» for a session
 *    after the day the report is made; «Мест» is the group's capacity and «Записано» its enrolled count.
 * Every «Итого» row holds the column sums of the count columns, except «Мест» (a sum of capacities means
 * nothing).
 */

export const SHEET_NAMES = ['Титул', 'Сводка', 'По школам', 'Участники', 'Занятия'] as const;

/**
 * The version of the report's machine-readable contract (docs/consolidation.md). 1: the reports made before
 * «Титул» carried it (no venue id, region, pupil key); 2: with them.
 */
export const REPORT_FORMAT_VERSION = 2;
/** «Вид отчёта» on «Титул»: one venue's report, or a consolidation of several (docs/consolidation.md). */
export const REPORT_KIND_VENUE = 'Отчёт площадки';
export const REPORT_KIND_CONSOLIDATED = 'Свод по площадкам';
/** The «Показатель» labels of «Титул» that a consolidation reads. */
export const TITLE_LABELS = {
  venue: 'Площадка',
  inn: 'ИНН',
  municipality: 'Муниципалитет',
  from: 'Период с',
  to: 'Период по',
  generated: 'Сформирован',
  region: 'Регион',
  venueId: 'ID площадки',
  kind: 'Вид отчёта',
  version: 'Версия формата',
} as const;

export const TITLE_COLUMNS: ReportColumn[] = [
  { header: 'Показатель', kind: 'text', width: 22 },
  { header: 'Значение', kind: 'text', width: 80 },
];

export const SUMMARY_COLUMNS: ReportColumn[] = [
  { header: '№', kind: 'number', width: 7 },
  { header: 'Профессиональная проба', kind: 'text', width: 42 },
  { header: 'Профессия', kind: 'text', width: 30 },
  { header: 'Среда', kind: 'text', width: 22 },
  { header: 'Уровень', kind: 'text', width: 26 },
  { header: 'Формат', kind: 'text', width: 11 },
  { header: 'Проведено занятий', kind: 'number', width: 12 },
  { header: 'Записано', kind: 'number', width: 10 },
  { header: 'Прошли пробу', kind: 'number', width: 10 },
  { header: '6–7 кл.', kind: 'number', width: 8 },
  { header: '8–9 кл.', kind: 'number', width: 8 },
  { header: '10–11 кл.', kind: 'number', width: 9 },
  { header: 'в т.ч. с ОВЗ', kind: 'number', width: 9 },
  { header: 'Выдано сертификатов', kind: 'number', width: 13 },
  // Appended last, so the columns before it keep their positions (venues' macros read them by position).
  { header: 'из них отмечено на платформе', kind: 'number', width: 14 },
];

export const SCHOOL_COLUMNS: ReportColumn[] = [
  { header: 'Муниципалитет', kind: 'text', width: 26 },
  { header: 'Образовательная организация', kind: 'text', width: 60 },
  ...['6', '7', '8', '9', '10', '11'].map((g): ReportColumn => ({ header: g, kind: 'number', width: 6 })),
  { header: 'Всего', kind: 'number', width: 8 },
  { header: 'в т.ч. с ОВЗ', kind: 'number', width: 9 },
];

export const PARTICIPANT_COLUMNS: ReportColumn[] = [
  { header: '№пп', kind: 'number', width: 6 },
  { header: 'ID на платформе', kind: 'text', width: 14 },
  { header: 'ФИО', kind: 'text', width: 36 },
  { header: 'Дата рождения', kind: 'date', width: 13 },
  { header: 'образовательная организация', kind: 'text', width: 50 },
  { header: 'класс (без буквы)', kind: 'number', width: 9 },
  { header: 'буква класса', kind: 'text', width: 8 },
  { header: 'Проба', kind: 'text', width: 42 },
  { header: 'Дата прохождения', kind: 'date', width: 13 },
  { header: 'Формат', kind: 'text', width: 11 },
  { header: 'наличие ОВЗ', kind: 'text', width: 9 },
];

export const PUPIL_KEY_HEADER = 'Ключ участника';
/** «Участники» of the quarterly report: the platform's columns and the pseudonymous pupil key. */
export const REPORT_PARTICIPANT_COLUMNS: ReportColumn[] = [
  ...PARTICIPANT_COLUMNS,
  { header: PUPIL_KEY_HEADER, kind: 'text', width: 34 },
];

export const SESSION_COLUMNS: ReportColumn[] = [
  { header: 'Дата', kind: 'date', width: 12 },
  { header: 'Начало', kind: 'text', width: 8 },
  { header: 'Окончание', kind: 'text', width: 10 },
  { header: 'Проба', kind: 'text', width: 42 },
  { header: 'Наставник', kind: 'text', width: 26 },
  { header: 'Место', kind: 'text', width: 36 },
  { header: 'Мест', kind: 'number', width: 7, summed: false },
  { header: 'Записано', kind: 'number', width: 10 },
  { header: 'Присутствовали', kind: 'number', width: 15 },
];

export const CANCELLED_MARK = 'отменено';
export const PLANNED_MARK = 'запланировано';
export const NO_SCHOOL = 'Школа не указана';

export interface QuarterlyReport {
  period: ReportPeriod;
  tables: ReportTable[];
  /** The headline figures (the «Итого» of «Сводка» plus distinct participants), for the preview. */
  figures: {
    heldSessions: number;
    enrolled: number;
    completed: number;
    completedParticipants: number;
    certificates: number;
  };
}

function participantName(p: ReportParticipant | undefined): string {
  return p ? joinFio(p) : '';
}

export function mentorNames(ids: readonly Id[], data: Pick<ReportData, 'mentors'>): string {
  const mentors = new Map(data.mentors.map((m) => [m.id, m]));
  return ids
    .map((id) => mentors.get(id))
    .filter((m) => !!m)
    .map((m) => shortFio(m).replace(/\u00a0/g, ' '))
    .join(', ');
}

export function placeName(session: ReportSession, data: Pick<ReportData, 'places'>): string {
  const place = session.placeId ? data.places.find((p) => p.id === session.placeId) : undefined;
  if (place) return place.name;
  return session.onlineLink ? 'Онлайн' : '';
}

/** Completions whose date lies in the period. */
export function completionsInPeriod(data: ReportData, period: ReportPeriod): CompletedTrial[] {
  return completedTrials(data).filter((c) => inPeriod(c.date, period));
}

/** Sessions whose attendance is recorded: at least one mark exists. */
export function recordedSessionIds(data: Pick<ReportData, 'attendance'>): Set<Id> {
  return new Set(data.attendance.map((m) => m.sessionId));
}

export function isHeld(session: ReportSession, recorded: Set<Id>, period: ReportPeriod): boolean {
  return session.status !== 'cancelled' && inPeriod(session.date, period) && recorded.has(session.id);
}

export function byFioThenDate(
  participants: Map<Id, ReportParticipant>,
): (a: CompletedTrial, b: CompletedTrial) => number {
  return (a, b) =>
    ruCollator.compare(
      participantName(participants.get(a.participantId)),
      participantName(participants.get(b.participantId)),
    ) ||
    a.date.localeCompare(b.date) ||
    a.programId.localeCompare(b.programId);
}

/**
 * `buildQuarterlyReport` with the pupil keys of the completers made from the venue's secret (Web Crypto is
 * asynchronous, the tables are not): what the report tab saves and previews.
 */
export async function buildQuarterlyReportWithKeys(
  data: ReportData,
  period: ReportPeriod,
  generatedOn: IsoDate,
): Promise<QuarterlyReport> {
  const completers = new Set(completionsInPeriod(data, period).map((c) => c.participantId));
  const keys = await pupilKeysFor(
    data.participants.filter((p) => completers.has(p.id)),
    data.venue?.pupilKeySecret,
  );
  return buildQuarterlyReport(data, period, generatedOn, keys);
}

/**
 * «из них отмечено на платформе»: per programme, the period's completions that the platform's records
 * confirm (`reconcile`, the Сверка's own rule: the pupil, a name of the programme, a date within the group's
 * sessions).
 */
function onPlatformCounts(data: ReportData, completions: readonly CompletedTrial[]): Map<Id, number> {
  const counts = new Map<Id, number>();
  if (!data.platformTrials?.length) return counts;
  const datesByGroup = groupBy(
    data.sessions.filter((s) => s.status !== 'cancelled'),
    (s) => s.groupId,
  );
  const { completions: verdicts } = reconcile({
    programs: data.programs,
    participants: data.participants,
    completions: completions.map((c) => ({
      ...c,
      sessionDates: (datesByGroup.get(c.groupId) ?? []).map((s) => s.date),
    })),
    trials: data.platformTrials,
    period: { from: '0001-01-01', to: '9999-12-31' },
  });
  for (const v of verdicts)
    if (v.onPlatform) counts.set(v.completion.programId, (counts.get(v.completion.programId) ?? 0) + 1);
  return counts;
}

export function buildQuarterlyReport(
  data: ReportData,
  period: ReportPeriod,
  generatedOn: IsoDate,
  pupilKeys: ReadonlyMap<Id, string> = new Map(),
): QuarterlyReport {
  const participants = new Map(data.participants.map((p) => [p.id, p]));
  const schools = new Map(data.schools.map((s) => [s.id, s]));
  const programs = new Map(data.programs.map((p) => [p.id, p]));
  const recorded = recordedSessionIds(data);
  const periodSessions = data.sessions.filter((s) => inPeriod(s.date, period));
  const completions = completionsInPeriod(data, period);
  const certificates = data.certificates.filter(
    (c) => c.status !== 'cancelled' && inPeriod(c.issuedOn, period),
  );

  // Groups that ran in the period: a session in it that is not cancelled.
  const runningGroups = new Set(periodSessions.filter((s) => s.status !== 'cancelled').map((s) => s.groupId));
  const enrolledByProgram = new Map<Id, Set<Id>>();
  const add = (programId: Id, participantId: Id) => {
    let set = enrolledByProgram.get(programId);
    if (!set) enrolledByProgram.set(programId, (set = new Set()));
    set.add(participantId);
  };
  const enrollmentsByGroup = groupBy(data.enrollments, (e) => e.groupId);
  const marksByGroup = groupBy(data.attendance, (m) => m.groupId);
  for (const g of data.groups) {
    if (!runningGroups.has(g.id)) continue;
    const members = groupMembers(g.id, enrollmentsByGroup.get(g.id) ?? [], marksByGroup.get(g.id) ?? []);
    for (const participantId of members) add(g.programId, participantId);
  }

  // «Сводка»
  const programIds = new Set<Id>([
    ...periodSessions.map((s) => s.programId),
    ...certificates.map((c) => c.programId),
  ]);
  const reportPrograms = [...programIds]
    .map((id) => programs.get(id))
    .filter((p) => !!p)
    .sort((a, b) => ruCollator.compare(a.title, b.title));
  const completionsByProgram = groupBy(completions, (c) => c.programId);
  const onPlatformByProgram = onPlatformCounts(data, completions);
  const summaryRows: ReportCell[][] = reportPrograms.map((p, i) => {
    const done = completionsByProgram.get(p.id) ?? [];
    const bands = GRADE_BANDS.map(() => 0);
    let ovz = 0;
    for (const c of done) {
      const person = participants.get(c.participantId);
      const band = gradeBandIndex(person?.grade ?? null);
      if (band >= 0) bands[band]! += 1;
      if (person?.hasDisability) ovz += 1;
    }
    return [
      i + 1,
      p.title,
      p.profession,
      SPHERE_LABELS[p.sphere],
      LEVEL_LABELS[p.level],
      FORMAT_LABELS[p.format],
      periodSessions.filter((s) => s.programId === p.id && isHeld(s, recorded, period)).length,
      enrolledByProgram.get(p.id)?.size ?? 0,
      done.length,
      ...bands,
      ovz,
      certificates.filter((c) => c.programId === p.id).length,
      onPlatformByProgram.get(p.id) ?? 0,
    ];
  });
  const summaryTotal = totalRow(SUMMARY_COLUMNS, summaryRows);

  // «По школам»: distinct participants with at least one completion in the period.
  const completers = [...new Set(completions.map((c) => c.participantId))]
    .map((id) => participants.get(id))
    .filter((p) => !!p);
  const bySchool = groupBy(completers, (p) => p.schoolId ?? '');
  const schoolRows: ReportCell[][] = [...bySchool.entries()]
    .map(([schoolId, people]) => {
      const school = schools.get(schoolId);
      const grades = [6, 7, 8, 9, 10, 11].map((g) => people.filter((p) => p.grade === g).length);
      return [
        school?.municipality ?? '',
        school ? school.fullName || school.shortName : NO_SCHOOL,
        ...grades,
        people.length,
        people.filter((p) => p.hasDisability).length,
      ] as ReportCell[];
    })
    .sort(
      (a, b) =>
        Number(a[1] === NO_SCHOOL) - Number(b[1] === NO_SCHOOL) ||
        ruCollator.compare(String(a[0]), String(b[0])) ||
        ruCollator.compare(String(a[1]), String(b[1])),
    );
  const schoolTotal = totalRow(SCHOOL_COLUMNS, schoolRows);

  // «Участники»
  const participantRows = participantListRows(completions, data, pupilKeys);

  // «Занятия»
  const groups = new Map(data.groups.map((g) => [g.id, g]));
  const enrolledCount = new Map<Id, number>();
  for (const e of data.enrollments)
    if (e.status === 'enrolled') enrolledCount.set(e.groupId, (enrolledCount.get(e.groupId) ?? 0) + 1);
  const marksBySession = groupBy(data.attendance, (m) => m.sessionId);
  const sessionRows: ReportCell[][] = [...periodSessions].sort(compareSessionsByTime).map((s) => {
    const marks = marksBySession.get(s.id) ?? [];
    const present =
      s.status === 'cancelled'
        ? CANCELLED_MARK
        : marks.length > 0
          ? marks.filter((m) => ATTENDED_STATUSES.includes(m.status)).length
          : s.date > generatedOn
            ? PLANNED_MARK
            : null;
    return [
      s.date,
      s.start,
      s.end,
      programs.get(s.programId)?.title ?? '',
      mentorNames(s.mentorIds, data),
      placeName(s, data),
      groups.get(s.groupId)?.capacity ?? null,
      enrolledCount.get(s.groupId) ?? 0,
      present,
    ];
  });
  const sessionTotal = totalRow(SESSION_COLUMNS, sessionRows);

  const venue = data.venue;
  const titleRows: ReportCell[][] = [
    ['Площадка', venue ? venue.fullName || venue.shortName : ''],
    ['ИНН', venue?.inn ?? ''],
    ['ОКТМО', venue?.oktmo ?? ''],
    ['Муниципалитет', venue?.municipality ?? ''],
    ['Период с', { date: period.from }],
    ['Период по', { date: period.to }],
    ['Сформирован', { date: generatedOn }],
    ['Ответственный', venue ? venue.coordinatorName || venue.directorName : ''],
    [TITLE_LABELS.region, venue?.region ?? ''],
    [TITLE_LABELS.venueId, venue?.venueId ?? ''],
    [TITLE_LABELS.kind, REPORT_KIND_VENUE],
    [TITLE_LABELS.version, REPORT_FORMAT_VERSION],
  ];

  return {
    period,
    tables: [
      { name: 'Титул', columns: TITLE_COLUMNS, rows: titleRows, total: null },
      { name: 'Сводка', columns: SUMMARY_COLUMNS, rows: summaryRows, total: summaryTotal },
      { name: 'По школам', columns: SCHOOL_COLUMNS, rows: schoolRows, total: schoolTotal },
      { name: 'Участники', columns: REPORT_PARTICIPANT_COLUMNS, rows: participantRows, total: null },
      { name: 'Занятия', columns: SESSION_COLUMNS, rows: sessionRows, total: sessionTotal },
    ],
    figures: {
      heldSessions: summaryTotal[6] as number,
      enrolled: summaryTotal[7] as number,
      completed: summaryTotal[8] as number,
      completedParticipants: completers.length,
      certificates: summaryTotal[13] as number,
    },
  };
}

/**
 * Rows of the «Участники» sheet (and of the participant list export): one per completed trial, sorted by
 * ФИО then date, in the federal platform's column names. With `pupilKeys` (the quarterly report) each row ends
 * with the pupil's key, empty when the pupil has none.
 */
export function participantListRows(
  completions: readonly CompletedTrial[],
  data: ReportData,
  pupilKeys?: ReadonlyMap<Id, string>,
): ReportCell[][] {
  const participants = new Map(data.participants.map((p) => [p.id, p]));
  const schools = new Map(data.schools.map((s) => [s.id, s]));
  const programs = new Map(data.programs.map((p) => [p.id, p]));
  return [...completions].sort(byFioThenDate(participants)).map((c, i) => {
    const p = participants.get(c.participantId);
    const school = p?.schoolId ? schools.get(p.schoolId) : undefined;
    const program = programs.get(c.programId);
    return [
      i + 1,
      p?.platformId ?? '',
      participantName(p),
      p?.birthDate ?? null,
      school ? school.fullName || school.shortName : '',
      p?.grade ?? null,
      p?.classLetter ?? '',
      program?.title ?? '',
      c.date,
      program ? FORMAT_LABELS[program.format] : '',
      p?.hasDisability ? 'да' : 'нет',
      ...(pupilKeys ? [pupilKeys.get(c.participantId) ?? ''] : []),
    ];
  });
}

export { TOTAL_LABEL };
