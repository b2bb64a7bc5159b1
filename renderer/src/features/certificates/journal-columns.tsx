import { Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { Certificate } from '@shared/domain';
import { certificateSchool } from '@shared/certificates';
import { formatDate } from '@shared/dates';
import { enumLabel, type Column } from '../../ui';
import { CertificateStatusBadge } from './certificate-ui';

/** The journal's columns. */
export function journalColumns(t: TFunction): Column<Certificate>[] {
  return [
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
          {certificateSchool(c)}
        </Text>
      ),
      sortValue: (c) => certificateSchool(c),
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
      sortValue: (c) => enumLabel('certificateStatus', c.status),
      width: 150,
    },
  ];
}
