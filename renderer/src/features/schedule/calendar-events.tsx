import { Box, Text } from '@mantine/core';
import type { EventContentArg, EventInput } from '@fullcalendar/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SessionsInRange } from '../../db/queries/schedule';
import { matchesFilters, type CalendarFilters } from './calendar-filters';
import { placeLabel, type Lookups } from './schedule-data';
import classes from './calendar.module.css';

/** The range's sessions that pass the filters, as calendar events in their programme's colour. */
export function calendarEvents(
  data: SessionsInRange,
  lookups: Lookups,
  filters: CalendarFilters,
  t: TFunction<'schedule'>,
): EventInput[] {
  return data.sessions
    .filter((s) => matchesFilters(s, filters))
    .map((s) => {
      const cancelled = s.status === 'cancelled';
      const color = cancelled ? '#9aa0a6' : (lookups.color.get(s.programId) ?? '#4d5b69');
      const program = lookups.program.get(s.programId);
      return {
        id: s.id,
        title: program?.title ?? '',
        start: `${s.date}T${s.start}`,
        end: `${s.date}T${s.end}`,
        backgroundColor: color,
        borderColor: color,
        textColor: '#ffffff',
        classNames: cancelled ? ['is-cancelled'] : [],
        // Cancelled sessions stay where they were; planned ones can be dragged to another time.
        startEditable: !cancelled,
        durationEditable: !cancelled,
        extendedProps: {
          groupId: s.groupId,
          groupName: data.groups.get(s.groupId)?.name ?? '',
          place: placeLabel(lookups, s.placeId, s.onlineLink, t),
          cancelled,
        },
      };
    });
}

/** One event in the calendar: time, programme, and the place (with the group in the list view). */
export function CalendarEvent({ arg }: { arg: EventContentArg }) {
  const { t } = useTranslation('schedule');
  return (
    <Box
      className={classes.event}
      aria-label={`${arg.event.title}, ${String(arg.event.extendedProps.groupName)}, ${arg.timeText}${arg.event.extendedProps.cancelled ? `, ${t('session.cancelled')}` : ''}`}
    >
      <Text span size="xs" fw={600} className={classes.time}>
        {arg.timeText}
      </Text>{' '}
      <Text span size="xs" fw={600}>
        {arg.event.title}
      </Text>
      <Text size="xs" className={classes.sub}>
        {arg.view.type.startsWith('list')
          ? `${String(arg.event.extendedProps.groupName)} · ${String(arg.event.extendedProps.place)}`
          : String(arg.event.extendedProps.place)}
      </Text>
    </Box>
  );
}
