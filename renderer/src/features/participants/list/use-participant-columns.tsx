import { useMemo } from 'react';
import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Id, Participant } from '@shared/domain';
import { formatDate } from '@shared/dates';
import { joinFio } from '@shared/text/fio';
import type { Column } from '../../../ui';

/** The list's columns; stable between keystrokes, as the table re-sorts when its columns change. */
export function useParticipantColumns(schoolNames: ReadonlyMap<Id, string>): Column<Participant>[] {
  const { t } = useTranslation('participants');
  return useMemo<Column<Participant>[]>(
    () => [
      {
        id: 'fio',
        header: t('columns.fio'),
        cell: (p) =>
          p.anonymizedAt ? (
            <Text size="sm" fs="italic" c="dimmed">
              {t('anonymized')}
            </Text>
          ) : (
            joinFio(p)
          ),
        // The stored key: no string building per comparison when 20 000 rows are sorted.
        sortValue: (p) => (p.anonymizedAt ? null : p.fioKey),
        width: '30%',
      },
      {
        id: 'birth',
        header: t('columns.birthDate'),
        cell: (p) => formatDate(p.birthDate),
        sortValue: (p) => p.birthDate,
        width: 130,
      },
      {
        id: 'school',
        header: t('columns.school'),
        cell: (p) => (p.schoolId ? (schoolNames.get(p.schoolId) ?? '') : ''),
        sortValue: (p) => (p.schoolId ? (schoolNames.get(p.schoolId) ?? '') : ''),
      },
      {
        id: 'grade',
        header: t('columns.grade'),
        cell: (p) => (p.grade ? `${p.grade}${p.classLetter}` : ''),
        sortValue: (p) => (p.grade === null ? null : p.grade * 100 + (p.classLetter.charCodeAt(0) || 0)),
        width: 90,
      },
      {
        id: 'ovz',
        header: t('columns.ovz'),
        cell: (p) => (p.hasDisability ? <Badge variant="light">{t('ovzBadge')}</Badge> : ''),
        sortValue: (p) => (p.hasDisability ? 1 : 0),
        width: 80,
      },
      {
        id: 'platform',
        header: t('columns.platformId'),
        cell: (p) => p.platformId ?? '',
        sortValue: (p) => p.platformId,
        width: 150,
      },
    ],
    [t, schoolNames],
  );
}
