import { useState } from 'react';
import { Button, Modal } from '@mantine/core';
import { IconArrowsJoin, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { School } from '@shared/domain';
import { formatNumber } from '@shared/text/collation';
import { DataTable, EmptyState, PageHeader, type Column } from '../../../ui';
import { useSchoolPupilCounts, useSchools } from '../use-schools';
import { SchoolForm } from './school-form';
import { MergeForm } from './merge-form';

/** Schools: full and short name, municipality, ИНН, navigator; created on import, merged when doubled. */
export function SchoolsPage() {
  const { t } = useTranslation('participants');
  const schools = useSchools();
  const counts = useSchoolPupilCounts();
  const [editing, setEditing] = useState<School | 'new' | null>(null);
  const [merging, setMerging] = useState(false);

  const columns: Column<School>[] = [
    {
      id: 'full',
      header: t('schools.fullName'),
      cell: (s) => s.fullName,
      sortValue: (s) => s.fullName,
      width: '34%',
    },
    { id: 'short', header: t('schools.shortName'), cell: (s) => s.shortName, sortValue: (s) => s.shortName },
    {
      id: 'mun',
      header: t('schools.municipality'),
      cell: (s) => s.municipality,
      sortValue: (s) => s.municipality,
    },
    { id: 'inn', header: t('schools.inn'), cell: (s) => s.inn, width: 120 },
    {
      id: 'nav',
      header: t('schools.navigator'),
      cell: (s) => s.navigatorName,
      sortValue: (s) => s.navigatorName,
    },
    {
      id: 'count',
      header: t('schools.count'),
      cell: (s) => formatNumber(counts?.get(s.id) ?? 0),
      sortValue: (s) => counts?.get(s.id) ?? 0,
      align: 'right',
      width: 110,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('schools.title')}
        breadcrumbs={[{ label: t('title'), to: '/participants' }, { label: t('schools.title') }]}
        actions={
          <>
            {(schools?.length ?? 0) >= 2 && (
              <Button
                variant="default"
                leftSection={<IconArrowsJoin size={16} />}
                onClick={() => setMerging(true)}
              >
                {t('schools.merge')}
              </Button>
            )}
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
              {t('schools.new')}
            </Button>
          </>
        }
      />
      {schools && schools.length === 0 ? (
        <EmptyState title={t('schools.emptyTitle')} text={t('schools.emptyText')} />
      ) : (
        <DataTable
          rows={schools ?? []}
          columns={columns}
          rowKey={(s) => s.id}
          label={t('schools.title')}
          initialSort={{ id: 'full', dir: 'asc' }}
          onRowClick={(s) => setEditing(s)}
        />
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('schools.new') : t('schools.edit')}
        size="lg"
        centered
      >
        {editing !== null && (
          <SchoolForm school={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />
        )}
      </Modal>
      <Modal opened={merging} onClose={() => setMerging(false)} title={t('schools.merge')} size="lg" centered>
        {merging && (
          <MergeForm schools={schools ?? []} counts={counts ?? new Map()} onDone={() => setMerging(false)} />
        )}
      </Modal>
    </>
  );
}
