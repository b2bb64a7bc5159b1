import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Session } from '@shared/domain';
import { shortFio } from '@shared/text/fio';
import { DateField, FilterBar } from '../../ui';
import type { Lookups } from './schedule-data';

export interface CalendarFilters {
  programId: string | null;
  placeId: string | null;
  mentorId: string | null;
}

export const NO_FILTERS: CalendarFilters = { programId: null, placeId: null, mentorId: null };

export function matchesFilters(s: Session, f: CalendarFilters): boolean {
  return (
    (!f.programId || s.programId === f.programId) &&
    (!f.placeId || s.placeId === f.placeId) &&
    (!f.mentorId || s.mentorIds.includes(f.mentorId))
  );
}

/** The calendar's filter row: programme, place, mentor, and a date to jump to. */
export function CalendarFilterBar({
  filters,
  onChange,
  lookups,
  goTo,
  onGoTo,
}: {
  filters: CalendarFilters;
  onChange: (f: CalendarFilters) => void;
  lookups: Lookups;
  goTo: string | null;
  onGoTo: (date: string | null) => void;
}) {
  const { t } = useTranslation('schedule');
  const active = !!(filters.programId || filters.placeId || filters.mentorId);
  return (
    <FilterBar active={active} onClear={() => onChange(NO_FILTERS)}>
      <Select
        label={t('calendar.program')}
        placeholder={t('calendar.all')}
        data={lookups.programs.map((p) => ({ value: p.id, label: p.title }))}
        value={filters.programId}
        onChange={(programId) => onChange({ ...filters, programId })}
        clearable
        searchable
        w={260}
      />
      <Select
        label={t('calendar.place')}
        placeholder={t('calendar.all')}
        data={lookups.places.map((p) => ({ value: p.id, label: p.name }))}
        value={filters.placeId}
        onChange={(placeId) => onChange({ ...filters, placeId })}
        clearable
        searchable
        w={260}
      />
      <Select
        label={t('calendar.mentor')}
        placeholder={t('calendar.all')}
        data={lookups.mentors.map((m) => ({ value: m.id, label: shortFio(m) }))}
        value={filters.mentorId}
        onChange={(mentorId) => onChange({ ...filters, mentorId })}
        clearable
        searchable
        w={200}
      />
      <DateField label={t('calendar.goTo')} value={goTo} onChange={onGoTo} w={150} />
    </FilterBar>
  );
}
