import {
  academicHours,
  type Format,
  type Level,
  type Program,
  type ProgramStatus,
  type Sphere,
  type CompletionRule,
} from '../domain/program';
import { RuleError } from '../errors';
import { formatNumber } from '../text/collation';
import { cleanSpaces, matchesQuery, normalizeKey } from '../text/normalize';

/** The uniqueness key of a title: case, spaces and ё/е do not make two titles different. */
export function titleKey(title: string): string {
  return normalizeKey(title);
}

/**
 * Titles are unique among the programmes in use (черновик and активна): an archived programme keeps its
 * history and does not block reusing its title, but restoring it is refused while its title is taken.
 */
export function isInUse(status: ProgramStatus): boolean {
  return status !== 'archived';
}

/** The in-use programme (other than `selfId`) whose title clashes with `title`, if any. */
export function findTitleConflict(
  title: string,
  status: ProgramStatus,
  programs: readonly Pick<Program, 'id' | 'titleKey' | 'status' | 'title'>[],
  selfId: string | null = null,
): Pick<Program, 'id' | 'title'> | null {
  if (!isInUse(status)) return null;
  const key = titleKey(title);
  return programs.find((p) => p.id !== selfId && isInUse(p.status) && p.titleKey === key) ?? null;
}

/** An archived programme keeps its groups and history but gets no new groups. */
export function canScheduleProgram(program: Pick<Program, 'status'>): boolean {
  return program.status !== 'archived';
}

/** Why a programme cannot get a new group, or null when it can. */
export function scheduleRefusal(program: Pick<Program, 'status' | 'title'>): RuleError | null {
  return canScheduleProgram(program)
    ? null
    : new RuleError('programs.archivedNoGroups', { title: program.title });
}

/**
 * The title of a copy: «Копия — <title>», or «Копия 2 — <title>»… when that one is already in use, so
 * duplicating twice never clashes with the uniqueness rule.
 */
export function copyTitle(title: string, takenKeys: ReadonlySet<string>): string {
  const base = cleanSpaces(title);
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? `Копия — ${base}` : `Копия ${n} — ${base}`;
    if (!takenKeys.has(titleKey(candidate))) return candidate;
  }
}

/** «90 мин · 2 ак. ч.» */
export function durationLabel(minutes: number): string {
  return `${formatNumber(minutes)} мин · ${academicHoursLabel(minutes)}`;
}

/** «2 ак. ч.», «1,5 ак. ч.» */
export function academicHoursLabel(minutes: number): string {
  return `${formatNumber(academicHours(minutes))} ак. ч.`;
}

export function gradesLabel(p: Pick<Program, 'gradeMin' | 'gradeMax'>): string {
  return p.gradeMin === p.gradeMax ? `${p.gradeMin}` : `${p.gradeMin}–${p.gradeMax}`;
}

export function completionLabel(rule: CompletionRule): string {
  return rule.mode === 'all'
    ? 'Посещение всех занятий группы'
    : `Посещение не менее ${rule.percent} % занятий группы`;
}

export interface ProgramFilters {
  query: string;
  spheres: Sphere[];
  levels: Level[];
  formats: Format[];
  statuses: ProgramStatus[];
  /** Programmes whose grade range includes any of these grades. */
  grades: number[];
}

export const NO_PROGRAM_FILTERS: ProgramFilters = {
  query: '',
  spheres: [],
  levels: [],
  formats: [],
  statuses: [],
  grades: [],
};

/** Search (ё/е- and case-insensitive, by word prefixes of title, profession and author) and filters. */
export function filterPrograms<T extends Program>(programs: readonly T[], f: ProgramFilters): T[] {
  const q = normalizeKey(f.query);
  return programs.filter(
    (p) =>
      matchesQuery(normalizeKey(`${p.title} ${p.profession} ${p.author}`), q) &&
      (f.spheres.length === 0 || f.spheres.includes(p.sphere)) &&
      (f.levels.length === 0 || f.levels.includes(p.level)) &&
      (f.formats.length === 0 || f.formats.includes(p.format)) &&
      (f.statuses.length === 0 || f.statuses.includes(p.status)) &&
      (f.grades.length === 0 || f.grades.some((g) => g >= p.gradeMin && g <= p.gradeMax)),
  );
}
