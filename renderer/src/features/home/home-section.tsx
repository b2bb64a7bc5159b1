import { lazy, Suspense } from 'react';
import { Button, Paper, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { IconChecklist, IconFileSpreadsheet, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { quarterOf, quarterRoman, startOfWeek, todayIso } from '@shared/dates';
import { schoolYearStart } from '@shared/reports/dashboard';
import { formatNumber } from '@shared/text/collation';
import { useNextSession, useWeekSessions } from './use-week-sessions';
import { PageHeader } from '../../ui';
import { CertificatesDueButton } from '../certificates/public';
import { StopWhenLeaving, useDashboard } from './use-dashboard-stats';
import { TodaySessions, WeekSessions } from './week-sessions';
import { FirstSteps } from './first-steps';
import { RetentionReminder, useVenue } from '../settings/public';

// The chart library is the bulk of this page: loaded after the figures, so «Главная» shows at once.
const DashboardCharts = lazy(() => import('./dashboard-charts'));

function Figure({ label, value, hint }: { label: string; value: string | undefined; hint: string }) {
  return (
    <Paper withBorder p="md" role="group" aria-label={label}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={600} lh={1.3}>
        {value ?? '…'}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Paper>
  );
}

/**
 * «Главная»: this week's work and the current quarter at a glance. The quarter's figures come from the
 * same functions as the quarterly report, so the dashboard and the report never disagree.
 */
export default function HomeSection() {
  const { t } = useTranslation('home');
  const today = todayIso();
  const quarter = quarterOf(today);
  const qLabel = t('quarterLabel', {
    roman: quarterRoman(quarter.quarter),
    quarter: quarter.quarter,
    year: quarter.year,
  });
  const monday = startOfWeek(today);
  const yearStart = Number(schoolYearStart(today).slice(0, 4));

  const { stats, certificatesDue, pastRetention, stop } = useDashboard(today);
  const week = useWeekSessions(monday);
  const next = useNextSession(today);
  const venue = useVenue();

  const n = (v: number | undefined) => (v === undefined ? undefined : formatNumber(v));
  const share =
    stats === undefined
      ? undefined
      : stats.heldSessions === 0
        ? '—'
        : `${formatNumber(Math.round((stats.confirmedSessions / stats.heldSessions) * 100))}\u00a0%`;

  return (
    <>
      <StopWhenLeaving onLeave={stop} />
      <PageHeader
        title={t('title')}
        description={t('subtitle', { quarter: qLabel })}
        actions={
          <>
            <Button
              component={Link}
              to="/schedule/groups/new"
              variant="default"
              leftSection={<IconPlus size={18} />}
            >
              {t('actions.newGroup')}
            </Button>
            <Button
              component={Link}
              to="/reports"
              variant="default"
              leftSection={<IconFileSpreadsheet size={18} />}
            >
              {t('actions.report')}
            </Button>
            <Button component={Link} to="/attendance" leftSection={<IconChecklist size={18} />}>
              {t('actions.attendance')}
            </Button>
          </>
        }
      />
      <Stack gap="md">
        {/* Mounted only when the worker finds someone past the term: the reminder reads whole tables here. */}
        {!!pastRetention && (
          <Suspense fallback={null}>
            <RetentionReminder />
          </Suspense>
        )}
        {/* The demo venue is for looking around; a real one gets its first steps. */}
        {venue && !venue.isDemo && <FirstSteps />}
        <SimpleGrid cols={5} spacing="md">
          <Figure
            label={t('figures.held')}
            value={n(stats?.heldSessions)}
            hint={t('hints.held', { quarter: qLabel })}
          />
          <Figure
            label={t('figures.participants')}
            value={n(stats?.participants)}
            hint={t('hints.participants')}
          />
          <Figure
            label={t('figures.completions')}
            value={n(stats?.completions)}
            hint={t('hints.completions')}
          />
          <Figure
            label={t('figures.certificates')}
            value={n(stats?.certificates)}
            hint={t('hints.certificates')}
          />
          <Figure
            label={t('figures.confirmed')}
            value={share}
            hint={
              stats
                ? t('hints.confirmed', { confirmed: stats.confirmedSessions, held: stats.heldSessions })
                : ''
            }
          />
        </SimpleGrid>
        {/* Counted in «Главная»'s worker: the count reads every group's sessions, marks and certificates. */}
        <CertificatesDueButton total={certificatesDue ?? 0} />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <TodaySessions sessions={week} next={next} today={today} />
          <WeekSessions sessions={week} today={today} />
        </SimpleGrid>
        {stats === undefined ? (
          <Skeleton h={260} />
        ) : (
          <Suspense fallback={<Skeleton h={260} />}>
            <DashboardCharts
              stats={stats}
              schoolYear={`${yearStart}/${String(yearStart + 1).slice(2)}`}
              quarter={qLabel}
            />
          </Suspense>
        )}
      </Stack>
    </>
  );
}
