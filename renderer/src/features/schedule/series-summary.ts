import type { TFunction } from 'i18next';
import { formatDate } from '@shared/dates';
import { seriesWeekdays, type SeriesRequest } from '@shared/schedule';

/** «по вторникам и четвергам 15:00–16:30, 4 занятия, с 03.03.2026» — in the interface's language. */
export function seriesSummary(request: Omit<SeriesRequest, 'skipped'>, t: TFunction<'schedule'>): string {
  const days = seriesWeekdays(request.weekdays).map((d) => t(`weekdays.on.${d}`));
  const last = days.pop();
  const dayText = days.length === 0 ? (last ?? '') : `${days.join(', ')} ${t('form.and')} ${last}`;
  return t('form.seriesSummary', {
    days: dayText,
    start: request.start,
    end: request.end,
    count: request.count,
    from: formatDate(request.from),
  });
}
