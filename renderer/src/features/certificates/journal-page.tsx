import { useMemo, useState } from 'react';
import { Button, Group, Select, Text } from '@mantine/core';
import {
  IconCertificate,
  IconDownload,
  IconFileTypePdf,
  IconPalette,
  IconShieldCheck,
} from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  CERTIFICATE_STATUS_LABELS,
  CERTIFICATE_STATUSES,
  type Certificate,
  type CertificateStatus,
} from '@shared/domain';
import { formatDate } from '@shared/dates';
import { formatNumber, ruCollator } from '@shared/text/collation';
import { matchesQuery, normalizeKey } from '@shared/text/normalize';
import { db } from '../../db';
import {
  DataTable,
  DateField,
  EmptyState,
  errorMessage,
  notifyError,
  notifySaved,
  PageHeader,
  SearchInput,
  type Column,
} from '../../ui';
import { CertificateStatusBadge, schoolLabel, usePdfDownload } from './certificate-ui';
import { exportJournal } from './journal-export';

interface JournalFilters {
  query: string;
  from: string | null;
  to: string | null;
  programId: string | null;
  school: string | null;
  status: CertificateStatus | null;
}

const NO_FILTERS: JournalFilters = {
  query: '',
  from: null,
  to: null,
  programId: null,
  school: null,
  status: null,
};

// The filters outlive a visit to a certificate's page, so coming back shows the same list.
let remembered: JournalFilters = NO_FILTERS;

export function filterJournal(certificates: readonly Certificate[], f: JournalFilters): Certificate[] {
  const query = normalizeKey(f.query);
  return certificates.filter(
    (c) =>
      (!f.from || c.issuedOn >= f.from) &&
      (!f.to || c.issuedOn <= f.to) &&
      (!f.programId || c.programId === f.programId) &&
      (!f.school || schoolLabel(c) === f.school) &&
      (!f.status || c.status === f.status) &&
      (!query || matchesQuery(normalizeKey(`${c.snapshot.fio} ${c.number}`), query)),
  );
}

export function JournalPage() {
  const { t } = useTranslation('certificates');
  const navigate = useNavigate();
  const [filters, setFiltersState] = useState<JournalFilters>(remembered);
  const setFilters = (patch: Partial<JournalFilters>) =>
    setFiltersState((f) => (remembered = { ...f, ...patch }));
  const certificates = useLiveQuery(() => db.certificates.orderBy('issuedOn').reverse().toArray(), []);
  const programs = useLiveQuery(() => db.programs.toArray(), []);
  const [exporting, setExporting] = useState(false);
  const pdf = usePdfDownload();

  const all = useMemo(
    () =>
      [...(certificates ?? [])].sort(
        (a, b) => b.issuedOn.localeCompare(a.issuedOn) || b.year - a.year || b.seq - a.seq,
      ),
    [certificates],
  );
  const rows = useMemo(() => filterJournal(all, filters), [all, filters]);
  const programOptions = useMemo(() => {
    const titles = new Map<string, string>();
    for (const p of programs ?? []) titles.set(p.id, p.title);
    for (const c of all) if (!titles.has(c.programId)) titles.set(c.programId, c.snapshot.programTitle);
    return [...titles]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => ruCollator.compare(a.label, b.label));
  }, [programs, all]);
  const schoolOptions = useMemo(
    () => [...new Set(all.map(schoolLabel).filter(Boolean))].sort((a, b) => ruCollator.compare(a, b)),
    [all],
  );
  // Cancelled and replaced certificates are no longer valid: they are never printed again in a batch.
  const printable = useMemo(() => rows.filter((c) => c.status === 'issued'), [rows]);
  const anyFilter = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);

  async function onExport() {
    setExporting(true);
    try {
      if (await exportJournal(rows, all)) notifySaved(t('journal.exported'));
    } catch (error) {
      notifyError(errorMessage(error));
    } finally {
      setExporting(false);
    }
  }

  const columns: Column<Certificate>[] = [
    {
      id: 'number',
      header: t('columns.number'),
      cell: (c) => (
        <Text size="sm" fw={500} ff="monospace">
          {c.number}
        </Text>
      ),
      sortValue: (c) => `${c.year}-${String(c.seq).padStart(8, '0')}`,
      width: 150,
    },
    {
      id: 'fio',
      header: t('columns.fio'),
      cell: (c) => (
        <Text size="sm" lineClamp={1} title={c.snapshot.fio}>
          {c.snapshot.fio}
        </Text>
      ),
      sortValue: (c) => c.snapshot.fio,
      width: '24%',
    },
    {
      id: 'school',
      header: t('columns.school'),
      cell: (c) => (
        <Text size="sm" lineClamp={1} title={c.snapshot.schoolName}>
          {schoolLabel(c)}
        </Text>
      ),
      sortValue: (c) => schoolLabel(c),
    },
    {
      id: 'grade',
      header: t('columns.grade'),
      cell: (c) => c.snapshot.grade,
      sortValue: (c) => c.snapshot.grade,
      width: 70,
    },
    {
      id: 'program',
      header: t('columns.program'),
      cell: (c) => (
        <Text size="sm" lineClamp={1} title={c.snapshot.programTitle}>
          {c.snapshot.programTitle}
        </Text>
      ),
      sortValue: (c) => c.snapshot.programTitle,
    },
    {
      id: 'issuedOn',
      header: t('columns.issuedOn'),
      cell: (c) => formatDate(c.issuedOn),
      sortValue: (c) => c.issuedOn,
      width: 120,
    },
    {
      id: 'status',
      header: t('columns.status'),
      cell: (c) => <CertificateStatusBadge status={c.status} />,
      sortValue: (c) => CERTIFICATE_STATUS_LABELS[c.status],
      width: 150,
    },
  ];

  const actions = (
    <>
      <Button
        variant="default"
        leftSection={<IconShieldCheck size={16} />}
        onClick={() => navigate('/certificates/verify')}
      >
        {t('actions.verify')}
      </Button>
      <Button
        variant="default"
        leftSection={<IconPalette size={16} />}
        onClick={() => navigate('/certificates/design')}
      >
        {t('actions.design')}
      </Button>
      <Button leftSection={<IconCertificate size={16} />} onClick={() => navigate('/certificates/issue')}>
        {t('actions.issue')}
      </Button>
    </>
  );

  if (certificates !== undefined && all.length === 0) {
    return (
      <>
        <PageHeader title={t('title')} actions={actions} />
        <EmptyState
          title={t('empty.title')}
          text={t('empty.text')}
          icon={<IconCertificate size={26} />}
          action={<Button onClick={() => navigate('/certificates/issue')}>{t('actions.issue')}</Button>}
        />
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('title')} actions={actions} />
      <Group gap="sm" mb="sm" align="flex-end" wrap="wrap">
        <DateField
          label={t('filters.from')}
          value={filters.from}
          onChange={(from) => setFilters({ from })}
          w={128}
          size="sm"
        />
        <DateField
          label={t('filters.to')}
          value={filters.to}
          onChange={(to) => setFilters({ to })}
          w={128}
          size="sm"
        />
        <Select
          label={t('filters.program')}
          placeholder={t('filters.all')}
          data={programOptions}
          value={filters.programId}
          onChange={(programId) => setFilters({ programId })}
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
          onChange={(school) => setFilters({ school })}
          clearable
          searchable
          w={150}
        />
        <Select
          label={t('filters.status')}
          placeholder={t('filters.all')}
          data={CERTIFICATE_STATUSES.map((s) => ({ value: s, label: CERTIFICATE_STATUS_LABELS[s] }))}
          value={filters.status}
          onChange={(status) => setFilters({ status: status as CertificateStatus | null })}
          clearable
          w={140}
        />
      </Group>
      <Group justify="space-between" mb="xs">
        <Group gap="md">
          <SearchInput
            value={filters.query}
            onChange={(query) => setFilters({ query })}
            label={t('filters.search')}
          />
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('filters.shown', { shown: formatNumber(rows.length), total: formatNumber(all.length) })}
          </Text>
        </Group>
        <Group gap="xs">
          {anyFilter && (
            <Button variant="subtle" size="xs" onClick={() => setFilters(NO_FILTERS)}>
              {t('actions.resetFilters')}
            </Button>
          )}
          <Button
            variant="default"
            size="xs"
            leftSection={<IconFileTypePdf size={14} />}
            onClick={() => void pdf.download(printable)}
            loading={pdf.busy}
            disabled={printable.length === 0}
          >
            {t('actions.pdfShown', { count: printable.length })}
          </Button>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconDownload size={14} />}
            onClick={() => void onExport()}
            loading={exporting}
            disabled={rows.length === 0}
          >
            {t('actions.export')}
          </Button>
        </Group>
      </Group>
      {rows.length === 0 && certificates !== undefined ? (
        <EmptyState title={t('empty.filtered')} />
      ) : (
        <DataTable
          rows={rows}
          columns={columns}
          rowKey={(c) => c.id}
          label={t('journal.table')}
          onRowClick={(c) => navigate(`/certificates/${c.id}`)}
          height="calc(100vh - 225px)"
        />
      )}
      {pdf.dialog}
    </>
  );
}
