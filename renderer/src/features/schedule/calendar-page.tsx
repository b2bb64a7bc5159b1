import { useMemo, useRef, useState } from 'react';
import { Button, ColorSwatch, Group, Paper, Text } from '@mantine/core';
import { IconFileTypePdf, IconPlus, IconPrinter } from '@tabler/icons-react';
import FullCalendar from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/daygrid';
import timeGridPlugin from '@fullcalendar/timegrid';
import listPlugin from '@fullcalendar/list';
import interactionPlugin from '@fullcalendar/interaction';
import ruLocale from '@fullcalendar/core/locales/ru';
import type { DatesSetArg, EventClickArg, EventContentArg, EventDropArg } from '@fullcalendar/core';
import type { DateClickArg, EventResizeDoneArg } from '@fullcalendar/interaction';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { addDays, dateToIso, isoToDate, startOfWeek } from '@shared/dates';
import { saveSession } from '../../db/repos/session-repo';
import { errorMessage, notifyError, notifySaved, PageHeader, useAction, usePageShortcut } from '../../ui';
import { CalendarEvent, calendarEvents } from './calendar-events';
import { CalendarFilterBar, NO_FILTERS, type CalendarFilters } from './calendar-filters';
import { useLookups } from './schedule-data';
import { ScheduleTabs } from './schedule-tabs';
import { useSaveWithChecks } from './save-with-checks';
import { useSessionsInRange } from './use-schedule';
import { exportWeekPdf } from './week-pdf-export';
import classes from './calendar.module.css';

// The calendar remembers where the person was while the window is open (back from a session page).
let remembered: { date: string | null; view: string } = { date: null, view: 'timeGridWeek' };

export function CalendarPage() {
  const { t, i18n } = useTranslation('schedule');
  const navigate = useNavigate();
  const lookups = useLookups();
  const calendarRef = useRef<FullCalendar>(null);
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  const [filters, setFilters] = useState<CalendarFilters>(NO_FILTERS);
  const { busy: exporting, run: runExport } = useAction();
  const [goTo, setGoTo] = useState<string | null>(null);
  const { run, dialog } = useSaveWithChecks();

  const data = useSessionsInRange(range);

  const events = useMemo(
    () => (data && lookups ? calendarEvents(data, lookups, filters, t) : []),
    [data, lookups, filters, t],
  );

  // Ctrl+P prints the week on screen, as «Печать» does.
  usePageShortcut('print', lookups ? () => void exportWeek(true) : undefined);
  if (!lookups) return <PageHeader title={t('title')} />;

  function onDatesSet(arg: DatesSetArg) {
    const from = dateToIso(arg.start);
    const to = addDays(dateToIso(arg.end), -1);
    remembered = { date: dateToIso(arg.view.calendar.getDate()), view: arg.view.type };
    setRange((r) => (r?.from === from && r.to === to ? r : { from, to }));
  }

  function onEventClick(arg: EventClickArg) {
    arg.jsEvent.preventDefault();
    navigate(`/schedule/groups/${String(arg.event.extendedProps.groupId)}/sessions/${arg.event.id}`);
  }

  /** A session dragged or stretched in the calendar: saved through the same checks as the form. */
  async function moveSession(arg: EventDropArg | EventResizeDoneArg) {
    const session = data?.sessions.find((s) => s.id === arg.event.id);
    const start = arg.event.start;
    const end = arg.event.end;
    if (!session || !start || !end || dateToIso(start) !== dateToIso(end)) {
      arg.revert();
      return;
    }
    const hhmm = (d: Date) =>
      `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
    try {
      const saved = await run((options) =>
        saveSession(
          session.groupId,
          { ...session, date: dateToIso(start), start: hhmm(start), end: hhmm(end) },
          options,
        ),
      );
      if (saved) notifySaved(t('calendar.moved'));
      else arg.revert();
    } catch (e) {
      arg.revert();
      notifyError(errorMessage(e));
    }
  }

  function onDateClick(arg: DateClickArg) {
    const time = arg.allDay
      ? ''
      : `&start=${String(arg.date.getHours()).padStart(2, '0')}:${String(arg.date.getMinutes()).padStart(2, '0')}`;
    navigate(`/schedule/groups/new?date=${dateToIso(arg.date)}${time}`);
  }

  async function exportWeek(print = false) {
    const api = calendarRef.current?.getApi();
    const weekStart = startOfWeek(dateToIso(api?.getDate() ?? new Date()));
    await runExport(() => exportWeekPdf(weekStart, filters, lookups!, print), {
      onError: (e) => notifyError(errorMessage(e), t('calendar.pdfError')),
    });
  }

  const visiblePrograms = lookups.programs.filter((p) => !filters.programId || p.id === filters.programId);
  const shownProgramIds = new Set(data?.sessions.map((s) => s.programId));

  return (
    <>
      {dialog}
      <PageHeader
        title={t('title')}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconFileTypePdf size={16} />}
              onClick={() => void exportWeek()}
              loading={exporting}
            >
              {t('calendar.weekPdf')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconPrinter size={16} />}
              onClick={() => void exportWeek(true)}
              loading={exporting}
            >
              {t('calendar.weekPrint')}
            </Button>
            <Button component={Link} to="/schedule/groups/new" leftSection={<IconPlus size={16} />}>
              {t('groups.new')}
            </Button>
          </>
        }
      />
      <ScheduleTabs active="calendar" />
      <CalendarFilterBar
        filters={filters}
        onChange={setFilters}
        lookups={lookups}
        goTo={goTo}
        onGoTo={(v) => {
          setGoTo(v);
          if (v) calendarRef.current?.getApi().gotoDate(isoToDate(v));
        }}
      />
      {data && data.sessions.length === 0 && (
        // Empty state: what to do next, instead of a bare grid (a new venue, or a week without sessions).
        <Paper withBorder p="sm" radius="md" mb="sm" role="status">
          <Group justify="space-between" wrap="nowrap">
            <div>
              <Text fw={600}>{t('calendar.emptyTitle')}</Text>
              <Text size="sm" c="dimmed">
                {lookups.programs.length === 0 ? t('calendar.emptyNoPrograms') : t('calendar.emptyText')}
              </Text>
            </div>
            <Button
              component={Link}
              variant="light"
              to={lookups.programs.length === 0 ? '/programs/new' : '/schedule/groups/new'}
            >
              {lookups.programs.length === 0 ? t('calendar.emptyToPrograms') : t('groups.new')}
            </Button>
          </Group>
        </Paper>
      )}
      <Paper withBorder p="sm" radius="md" className={classes.calendar}>
        <FullCalendar
          ref={calendarRef}
          plugins={[timeGridPlugin, dayGridPlugin, listPlugin, interactionPlugin]}
          // FullCalendar's own words (month names, «весь день») follow the interface's language.
          locale={i18n.language.startsWith('en') ? 'en' : ruLocale}
          firstDay={1}
          initialView={remembered.view}
          initialDate={remembered.date ?? undefined}
          headerToolbar={{
            left: 'prev,next today',
            center: 'title',
            right: 'timeGridWeek,dayGridMonth,listWeek',
          }}
          buttonText={{
            today: t('calendar.today'),
            week: t('calendar.week'),
            month: t('calendar.month'),
            list: t('calendar.list'),
          }}
          timeHint={t('session.time')}
          eventHint={t('calendar.event')}
          allDaySlot={false}
          slotMinTime="08:00:00"
          slotMaxTime="19:00:00"
          slotLabelFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
          eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
          nowIndicator
          height="auto"
          events={events}
          datesSet={onDatesSet}
          eventDisplay="block"
          eventInteractive
          eventDrop={(arg) => void moveSession(arg)}
          eventResize={(arg) => void moveSession(arg)}
          dateClick={onDateClick}
          eventClick={onEventClick}
          eventContent={(arg: EventContentArg) => <CalendarEvent arg={arg} />}
          noEventsContent={t('calendar.noEvents')}
        />
      </Paper>
      <Group gap="md" mt="xs" aria-label={t('calendar.legend')} role="list">
        {visiblePrograms
          .filter((p) => shownProgramIds.has(p.id))
          .map((p) => (
            <Group key={p.id} gap={6} role="listitem">
              <ColorSwatch color={lookups.color.get(p.id) ?? '#4d5b69'} size={14} />
              <Text size="xs">{p.title}</Text>
            </Group>
          ))}
      </Group>
    </>
  );
}
