import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { academicHours, type ProgramStatus } from '@shared/domain';
import { formatNumber } from '@shared/text/collation';
import { enumLabel } from '../../ui';

export const STATUS_COLORS: Record<ProgramStatus, string> = {
  draft: 'yellow',
  active: 'teal',
  archived: 'gray',
};

export function ProgramStatusBadge({ status }: { status: ProgramStatus }) {
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} radius="sm">
      {enumLabel('programStatus', status)}
    </Badge>
  );
}

/** «2 ак. ч.» in the interface's language (documents use `academicHoursLabel` from `shared/`). */
export function useHoursLabel(): (minutes: number) => string {
  const { t } = useTranslation('programs');
  return (minutes) => t('units.hours', { hours: formatNumber(academicHours(minutes)) });
}
