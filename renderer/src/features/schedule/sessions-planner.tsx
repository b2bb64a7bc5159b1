import { Checkbox, Chip, Group, NumberInput, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatDate, isIsoDate, isLocalTime, minutesToTime, timeToMinutes, weekday } from '@shared/dates';
import { generateSeries, type SeriesDate, type SessionDraft } from '@shared/schedule';
import type { Lookups } from './schedule-data';
import { seriesSummary } from './series-summary';
import { SessionFields, sessionFieldErrors, type SessionValues } from './session-fields';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** One session, or a weekly series with the dates the person unticked. */
export interface PlanValue {
  mode: 'single' | 'series';
  session: SessionValues;
  weekdays: string[];
  count: number;
  skipped: string[];
}

/** A blank plan; a start picked in the calendar gets a 90-minute session by default. */
export function emptyPlan(
  date: string | null = null,
  mentorIds: string[] = [],
  start: string | null = null,
): PlanValue {
  const from = start && isLocalTime(start) ? start : '15:00';
  const end = minutesToTime(Math.min(timeToMinutes(from) + 90, 23 * 60 + 59));
  return {
    mode: 'single',
    session: {
      date: date && isIsoDate(date) ? date : null,
      start: from,
      end,
      placeId: null,
      onlineLink: '',
      mentorIds,
    },
    weekdays: [],
    count: 4,
    skipped: [],
  };
}

export function planSeries(plan: PlanValue): SeriesDate[] {
  if (plan.mode !== 'series' || !plan.session.date) return [];
  return generateSeries({
    from: plan.session.date,
    weekdays: plan.weekdays.map(Number),
    count: plan.count,
    start: plan.session.start,
    end: plan.session.end,
    skipped: plan.skipped,
  });
}

export function planDates(plan: PlanValue): string[] {
  if (plan.mode === 'single') return plan.session.date ? [plan.session.date] : [];
  return planSeries(plan)
    .filter((d) => !d.skipped)
    .map((d) => d.date);
}

export function planErrors(plan: PlanValue, t: TFunction<'schedule'>): Record<string, string> {
  const errors = sessionFieldErrors(plan.session);
  if (plan.mode === 'series') {
    if (plan.weekdays.length === 0) errors.weekdays = t('form.weekdaysRequired');
    else if (planDates(plan).length === 0) errors.weekdays = t('form.seriesEmpty');
  }
  return errors;
}

export function planDrafts(plan: PlanValue): SessionDraft[] {
  const { start, end, placeId, onlineLink, mentorIds } = plan.session;
  return planDates(plan).map((date) => ({ date, start, end, placeId, onlineLink, mentorIds }));
}

export function SessionsPlanner({
  value,
  onChange,
  lookups,
  errors,
}: {
  value: PlanValue;
  onChange: (v: PlanValue) => void;
  lookups: Lookups;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation('schedule');
  const series = planSeries(value);
  const set = (patch: Partial<PlanValue>) => onChange({ ...value, ...patch });

  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label={t('form.mode')}
        value={value.mode}
        onChange={(v) => {
          const mode = v as PlanValue['mode'];
          // A series starting on a Tuesday is most likely «по вторникам».
          const weekdays =
            mode === 'series' && value.session.date && value.weekdays.length === 0
              ? [String(weekday(value.session.date))]
              : value.weekdays;
          set({ mode, weekdays });
        }}
        data={[
          { value: 'single', label: t('form.single') },
          { value: 'series', label: t('form.series') },
        ]}
        w={320}
      />
      <SessionFields
        value={value.session}
        onChange={(session) => {
          const weekdays =
            value.mode === 'series' &&
            session.date &&
            session.date !== value.session.date &&
            value.weekdays.length === 0
              ? [String(weekday(session.date))]
              : value.weekdays;
          set({ session, weekdays });
        }}
        lookups={lookups}
        errors={errors}
        dateLabel={value.mode === 'series' ? t('form.seriesFrom') : undefined}
      />
      {value.mode === 'series' && (
        <>
          <Group align="flex-end" gap="lg">
            <Stack gap={4}>
              <Text size="sm" fw={500} id="weekdays-label">
                {t('form.weekdays')}
              </Text>
              <Chip.Group multiple value={value.weekdays} onChange={(weekdays) => set({ weekdays })}>
                <Group gap="xs" role="group" aria-labelledby="weekdays-label">
                  {WEEKDAYS.map((d) => (
                    <Chip key={d} value={String(d)}>
                      {t(`weekdays.short.${d}`)}
                    </Chip>
                  ))}
                </Group>
              </Chip.Group>
            </Stack>
            <NumberInput
              label={t('form.count')}
              value={value.count}
              onChange={(v) => set({ count: typeof v === 'number' ? v : 0 })}
              min={1}
              max={60}
              allowDecimal={false}
              w={180}
            />
          </Group>
          {errors.weekdays && (
            <Text size="xs" c="red">
              {errors.weekdays}
            </Text>
          )}
          {series.length > 0 && value.session.date && (
            <Stack gap={4}>
              <Text size="sm">
                {seriesSummary(
                  {
                    from: value.session.date,
                    weekdays: value.weekdays.map(Number),
                    count: value.count,
                    start: value.session.start,
                    end: value.session.end,
                  },
                  t,
                )}
                . {t('form.untickHint')}
              </Text>
              <SimpleGrid cols={4} spacing="xs" role="group" aria-label={t('form.seriesDates')}>
                {series.map((d) => (
                  <Checkbox
                    key={d.date}
                    label={`${t(`weekdays.short.${weekday(d.date)}`)} ${formatDate(d.date)}`}
                    checked={!d.skipped}
                    onChange={(e) => {
                      const on = e.currentTarget.checked;
                      set({
                        skipped: on ? value.skipped.filter((x) => x !== d.date) : [...value.skipped, d.date],
                      });
                    }}
                  />
                ))}
              </SimpleGrid>
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}
