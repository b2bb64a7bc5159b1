import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import type { Mentor, Place, Program, School } from '@shared/domain';
import { schoolLabel } from '@shared/participants/build';
import { sortByRu } from '@shared/text/collation';
import { shortFio } from '@shared/text/fio';
import { useScheduleDirectories } from './use-schedule';

/** The directories the schedule names things with: programmes, places, mentors, schools. */
export interface Lookups {
  programs: Program[];
  places: Place[];
  mentors: Mentor[];
  schools: School[];
  program: Map<string, Program>;
  place: Map<string, Place>;
  mentor: Map<string, Mentor>;
  school: Map<string, School>;
  color: Map<string, string>;
}

/** Colours that keep white text readable, also on a projector. */
const PALETTE = [
  '#1c6e8c',
  '#b5462e',
  '#5b3f9e',
  '#2f7d32',
  '#a0186b',
  '#8a5a00',
  '#2c4ea3',
  '#0f7a6c',
  '#8e2f2f',
  '#4d5b69',
] as const;

export function useLookups(): Lookups | undefined {
  const directories = useScheduleDirectories();
  return useMemo(() => {
    if (!directories) return undefined;
    const { programs, places, mentors, schools } = directories;
    const sortedPrograms = sortByRu(programs, (p) => p.title);
    // Colours follow creation order so a programme keeps its colour when others are added.
    const byAge = [...programs].sort(
      (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
    );
    return {
      programs: sortedPrograms,
      places: sortByRu(places, (p) => p.name),
      mentors: sortByRu(mentors, (m) => shortFio(m)),
      schools: sortByRu(schools, schoolLabel),
      program: new Map(programs.map((p) => [p.id, p])),
      place: new Map(places.map((p) => [p.id, p])),
      mentor: new Map(mentors.map((m) => [m.id, m])),
      school: new Map(schools.map((s) => [s.id, s])),
      color: new Map(byAge.map((p, i) => [p.id, PALETTE[i % PALETTE.length]!])),
    };
  }, [directories]);
}

export function placeLabel(
  lookups: Lookups,
  placeId: string | null,
  onlineLink: string,
  t: TFunction<'schedule'>,
): string {
  if (placeId) return lookups.place.get(placeId)?.name ?? '—';
  return onlineLink ? t('online') : '—';
}

export function mentorsLabel(lookups: Lookups, ids: readonly string[]): string {
  return ids
    .map((id) => lookups.mentor.get(id))
    .filter((m): m is Mentor => !!m)
    .map((m) => shortFio(m))
    .join(', ');
}
