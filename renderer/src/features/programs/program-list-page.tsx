import { useMemo, useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FORMATS, LEVELS, PROGRAM_STATUSES, SPHERES, type Program } from '@shared/domain';
import { filterPrograms, gradesLabel, NO_PROGRAM_FILTERS, type ProgramFilters } from '@shared/programs';
import { formatNumber } from '@shared/text/collation';
import {
  DataTable,
  EmptyState,
  enumLabel,
  enumOptions,
  FilterBar,
  PageHeader,
  SearchInput,
  type Column,
} from '../../ui';
import { FilterChipMenu } from '../../ui/filter-chip-menu';
import { ProgramStatusBadge, useHoursLabel } from './program-ui';
import { SectionTabs } from './section-tabs';
import { usePrograms } from './use-programs';

const GRADES = [6, 7, 8, 9, 10, 11] as const;

// Filters outlive a visit to a programme's page, so coming back shows the same list.
let rememberedFilters: ProgramFilters = { ...NO_PROGRAM_FILTERS, statuses: ['draft', 'active'] };

export function ProgramListPage() {
  const { t } = useTranslation('programs');
  const navigate = useNavigate();
  const [filters, setFiltersState] = useState<ProgramFilters>(rememberedFilters);
  const setFilters = (patch: Partial<ProgramFilters>) =>
    setFiltersState((f) => (rememberedFilters = { ...f, ...patch }));
  const hours = useHoursLabel();
  const programs = usePrograms();
  const rows = useMemo(() => filterPrograms(programs ?? [], filters), [programs, filters]);
  const anyFilter =
    filters.query !== '' ||
    filters.spheres.length + filters.levels.length + filters.formats.length + filters.grades.length > 0;

  const columns: Column<Program>[] = [
    {
      id: 'title',
      header: t('columns.title'),
      cell: (p) => (
        <Text size="sm" fw={500} truncate="end" maw={280} title={p.title}>
          {p.title}
        </Text>
      ),
      sortValue: (p) => p.title,
    },
    {
      id: 'profession',
      header: t('columns.profession'),
      cell: (p) => (
        <Text size="sm" truncate="end" maw={200} title={p.profession}>
          {p.profession}
        </Text>
      ),
      sortValue: (p) => p.profession,
    },
    {
      id: 'sphere',
      header: t('columns.sphere'),
      cell: (p) => <Text size="sm">{t(`sphereShort.${p.sphere}`)}</Text>,
      sortValue: (p) => enumLabel('sphere', p.sphere),
    },
    {
      id: 'level',
      header: t('columns.level'),
      cell: (p) => <Text size="sm">{enumLabel('level', p.level)}</Text>,
      sortValue: (p) => LEVELS.indexOf(p.level),
    },
    {
      id: 'grades',
      header: t('columns.grades'),
      cell: (p) => <Text size="sm">{gradesLabel(p)}</Text>,
      sortValue: (p) => p.gradeMin * 100 + p.gradeMax,
    },
    {
      id: 'duration',
      header: t('columns.duration'),
      cell: (p) => (
        <Text
          size="sm"
          title={t('units.minutes', { minutes: formatNumber(p.durationMinutes) })}
          style={{ whiteSpace: 'nowrap' }}
        >
          {hours(p.durationMinutes)}
        </Text>
      ),
      sortValue: (p) => p.durationMinutes,
    },
    {
      id: 'status',
      header: t('columns.status'),
      cell: (p) => <ProgramStatusBadge status={p.status} />,
      sortValue: (p) => PROGRAM_STATUSES.indexOf(p.status),
    },
  ];

  const newButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/programs/new')}>
      {t('actions.new')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('title')} actions={newButton} />
      <SectionTabs active="programs" />
      {programs && programs.length === 0 ? (
        <EmptyState title={t('empty.title')} text={t('empty.text')} action={newButton} />
      ) : (
        <>
          <Group mb="xs" justify="space-between" wrap="nowrap">
            <SearchInput
              value={filters.query}
              onChange={(query) => setFilters({ query })}
              label={t('search')}
            />
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('common:shown', {
                shown: formatNumber(rows.length),
                total: formatNumber(programs?.length ?? 0),
              })}
            </Text>
          </Group>
          <FilterBar
            active={anyFilter}
            // The status chips stay: «Архив» hidden by default is the catalogue's view, not a filter.
            onClear={() => setFilters({ ...NO_PROGRAM_FILTERS, statuses: filters.statuses })}
          >
            <FilterChipMenu
              label={t('filters.sphere')}
              options={enumOptions('sphere', SPHERES)}
              value={filters.spheres}
              onChange={(spheres) => setFilters({ spheres })}
              resetLabel={t('filters.reset')}
              allLabel={t('filters.all')}
            />
            <FilterChipMenu
              label={t('filters.level')}
              options={enumOptions('level', LEVELS)}
              value={filters.levels}
              onChange={(levels) => setFilters({ levels })}
              resetLabel={t('filters.reset')}
              allLabel={t('filters.all')}
            />
            <FilterChipMenu
              label={t('filters.format')}
              options={enumOptions('format', FORMATS)}
              value={filters.formats}
              onChange={(formats) => setFilters({ formats })}
              resetLabel={t('filters.reset')}
              allLabel={t('filters.all')}
            />
            <FilterChipMenu
              label={t('filters.status')}
              options={enumOptions('programStatus', PROGRAM_STATUSES)}
              value={filters.statuses}
              onChange={(statuses) => setFilters({ statuses })}
              resetLabel={t('filters.reset')}
              allLabel={t('filters.all')}
            />
            <FilterChipMenu
              label={t('filters.grade')}
              options={GRADES.map((g) => ({ value: g, label: t('filters.gradeN', { grade: g }) }))}
              value={filters.grades}
              onChange={(grades) => setFilters({ grades })}
              resetLabel={t('filters.reset')}
              allLabel={t('filters.all')}
            />
          </FilterBar>
          {rows.length === 0 && programs ? (
            <EmptyState title={t('empty.noMatchTitle')} text={t('empty.noMatchText')} />
          ) : (
            <DataTable
              rows={rows}
              columns={columns}
              rowKey={(p) => p.id}
              label={t('title')}
              initialSort={{ id: 'title', dir: 'asc' }}
              onRowClick={(p) => navigate(`/programs/${p.id}`)}
              height="calc(100vh - 290px)"
            />
          )}
        </>
      )}
    </>
  );
}
