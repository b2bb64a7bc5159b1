import { useMemo } from 'react';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CERTIFICATE_STATUSES, type Certificate, type CertificateStatus } from '@shared/domain';
import { certificateSchool, NO_JOURNAL_FILTERS, type JournalFilters } from '@shared/certificates';
import { ruCollator } from '@shared/text/collation';
import { DateField, enumOptions, FilterBar } from '../../ui';
import { useProgramTitles } from './use-certificates';

/** The journal's filters: issue dates, programme, school and status; «Сбросить фильтры» clears the search too. */
export function JournalFilterBar({
  filters,
  onChange,
  all,
}: {
  filters: JournalFilters;
  onChange: (patch: Partial<JournalFilters>) => void;
  /** The whole journal: a programme or school appears in the choice when some certificate names it. */
  all: readonly Certificate[];
}) {
  const { t } = useTranslation('certificates');
  const titles = useProgramTitles();
  const programOptions = useMemo(() => {
    const byId = new Map(titles ?? []);
    // A deleted programme keeps the title its certificates printed.
    for (const c of all) if (!byId.has(c.programId)) byId.set(c.programId, c.snapshot.programTitle);
    return [...byId]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => ruCollator.compare(a.label, b.label));
  }, [titles, all]);
  const schoolOptions = useMemo(
    () => [...new Set(all.map(certificateSchool).filter(Boolean))].sort((a, b) => ruCollator.compare(a, b)),
    [all],
  );
  const active = JSON.stringify(filters) !== JSON.stringify(NO_JOURNAL_FILTERS);

  return (
    <FilterBar active={active} onClear={() => onChange(NO_JOURNAL_FILTERS)}>
      <DateField
        label={t('filters.from')}
        value={filters.from}
        onChange={(from) => onChange({ from })}
        w={128}
        size="sm"
      />
      <DateField
        label={t('filters.to')}
        value={filters.to}
        onChange={(to) => onChange({ to })}
        w={128}
        size="sm"
      />
      <Select
        label={t('filters.program')}
        placeholder={t('filters.all')}
        data={programOptions}
        value={filters.programId}
        onChange={(programId) => onChange({ programId })}
        clearable
        searchable
        w={200}
        comboboxProps={{ width: 360 }}
      />
      <Select
        label={t('filters.school')}
        placeholder={t('filters.all')}
        data={schoolOptions}
        value={filters.school}
        onChange={(school) => onChange({ school })}
        clearable
        searchable
        w={150}
      />
      <Select
        label={t('filters.status')}
        placeholder={t('filters.all')}
        data={enumOptions('certificateStatus', CERTIFICATE_STATUSES)}
        value={filters.status}
        onChange={(status) => onChange({ status: status as CertificateStatus | null })}
        clearable
        w={140}
      />
    </FilterBar>
  );
}
