import { useMemo, useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import {
  IconCertificate,
  IconDownload,
  IconFileTypePdf,
  IconPrinter,
  IconPalette,
  IconShieldCheck,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { filterJournal, NO_JOURNAL_FILTERS, type JournalFilters } from '@shared/certificates';
import { formatNumber } from '@shared/text/collation';
import {
  DataTable,
  EmptyState,
  notifySaved,
  PageHeader,
  SearchInput,
  useAction,
  usePageShortcut,
} from '../../ui';
import { usePdfDownload } from './certificate-ui';
import { journalColumns } from './journal-columns';
import { exportJournal } from './journal-export';
import { JournalFilterBar } from './journal-filters';
import { useCertificates } from './use-certificates';

// The filters outlive a visit to a certificate's page, so coming back shows the same list.
let remembered: JournalFilters = NO_JOURNAL_FILTERS;

export function JournalPage() {
  const { t } = useTranslation('certificates');
  const navigate = useNavigate();
  const [filters, setFiltersState] = useState<JournalFilters>(remembered);
  const setFilters = (patch: Partial<JournalFilters>) =>
    setFiltersState((f) => (remembered = { ...f, ...patch }));
  const certificates = useCertificates();
  const exporting = useAction();
  const pdf = usePdfDownload();

  const all = useMemo(() => certificates ?? [], [certificates]);
  const rows = useMemo(() => filterJournal(all, filters), [all, filters]);
  // Cancelled and replaced certificates are no longer valid: they are never printed again in a batch.
  const printable = useMemo(() => rows.filter((c) => c.status === 'issued'), [rows]);
  // Ctrl+P prints the certificates in force that the journal shows, as «Печать» does.
  usePageShortcut('print', printable.length > 0 ? () => void pdf.print(printable) : undefined);

  async function onExport() {
    // Nothing to say when the person closed the save dialog.
    const saved = await exporting.run(() => exportJournal(rows, all));
    if (saved) notifySaved(t('journal.exported'));
  }

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
      <JournalFilterBar filters={filters} onChange={setFilters} all={all} />
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
            leftSection={<IconPrinter size={14} />}
            onClick={() => void pdf.print(printable)}
            loading={pdf.busy}
            disabled={printable.length === 0}
          >
            {t('actions.printShown', { count: printable.length })}
          </Button>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconDownload size={14} />}
            onClick={() => void onExport()}
            loading={exporting.busy}
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
          columns={journalColumns(t)}
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
