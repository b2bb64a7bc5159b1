import type { ReactNode } from 'react';
import { BarChart, LineChart } from '@mantine/charts';
import { Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DashboardStats } from '@shared/reports/dashboard';
import { formatNumber } from '@shared/text/collation';
import '@mantine/charts/styles.css';

/**
 * Counts by category as labelled bars: name, bar, number on one line each. Plain text, so it reads well on a
 * projector and to a screen reader, and a zero is just an empty bar.
 */
function CountBars({ rows, label }: { rows: { name: string; value: number }[]; label: string }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <Stack gap={10} role="list" aria-label={label}>
      {rows.map((r) => (
        <Group key={r.name} gap="sm" wrap="nowrap" role="listitem">
          <Text size="sm" w="42%" truncate title={r.name}>
            {r.name}
          </Text>
          <Progress value={(r.value / max) * 100} size="lg" radius="sm" style={{ flex: 1 }} aria-hidden />
          <Text size="sm" fw={600} w={36} ta="right">
            {formatNumber(r.value)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

function ChartCard({
  id,
  title,
  subtitle,
  empty,
  children,
}: {
  id: string;
  title: string;
  subtitle: string;
  empty: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation('home');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} fz="md" fw={600} id={id}>
        {title}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {subtitle}
      </Text>
      {empty ? (
        <Text size="sm" c="dimmed" py="lg" ta="center">
          {t('charts.noData')}
        </Text>
      ) : (
        children
      )}
    </Paper>
  );
}

function MonthCharts({ stats, schoolYear }: { stats: DashboardStats; schoolYear: string }) {
  const { t } = useTranslation('home');
  // Month names in the interface's language (`months.1` … `months.12`).
  const monthName = (month: string) => t(`months.${Number(month.slice(5, 7))}`);
  const completions = stats.completionsByMonth.map((m) => ({ label: monthName(m.month), count: m.count }));
  const attendance = stats.attendanceByMonth.map((m) => ({ label: monthName(m.month), rate: m.rate }));
  return (
    <>
      <ChartCard
        id="chart-months"
        title={t('charts.byMonth')}
        subtitle={t('charts.schoolYear', { year: schoolYear })}
        empty={stats.completionsByMonth.every((m) => m.count === 0)}
      >
        <BarChart
          h={190}
          data={completions}
          dataKey="label"
          series={[{ name: 'count', label: t('charts.completions'), color: 'petrol.6' }]}
          tickLine="none"
          gridAxis="x"
          valueFormatter={formatNumber}
          withBarValueLabel
          maxBarWidth={42}
        />
      </ChartCard>
      <ChartCard
        id="chart-attendance"
        title={t('charts.attendance')}
        subtitle={t('charts.attendanceHint')}
        empty={attendance.every((m) => m.rate === null)}
      >
        <LineChart
          h={190}
          data={attendance}
          dataKey="label"
          series={[{ name: 'rate', label: t('charts.rate'), color: 'petrol.6' }]}
          curveType="linear"
          tickLine="none"
          gridAxis="x"
          unit=" %"
          yAxisProps={{ domain: [0, 100] }}
          connectNulls
          withDots
        />
      </ChartCard>
    </>
  );
}

function QuarterCharts({ stats, quarter }: { stats: DashboardStats; quarter: string }) {
  const { t } = useTranslation('home');
  const subtitle = t('charts.quarter', { quarter });
  return (
    <>
      <ChartCard
        id="chart-schools"
        title={t('charts.bySchool')}
        subtitle={subtitle}
        empty={stats.bySchool.length === 0}
      >
        <CountBars
          label={t('charts.bySchool')}
          rows={stats.bySchool.map((s) => ({ name: s.school || t('charts.noSchool'), value: s.count }))}
        />
      </ChartCard>
      <ChartCard
        id="chart-grades"
        title={t('charts.byGrade')}
        subtitle={subtitle}
        empty={stats.byGradeBand.every((b) => b.count === 0)}
      >
        <CountBars
          label={t('charts.byGrade')}
          rows={stats.byGradeBand.map((b) => ({
            name: t('charts.gradeBand', { band: b.band }),
            value: b.count,
          }))}
        />
      </ChartCard>
      <ChartCard
        id="chart-spheres"
        title={t('charts.bySphere')}
        subtitle={subtitle}
        empty={stats.bySphere.length === 0}
      >
        <CountBars
          label={t('charts.bySphere')}
          rows={stats.bySphere.map((s) => ({ name: t(`spheres.${s.sphere}`), value: s.count }))}
        />
      </ChartCard>
    </>
  );
}

/** Both chart rows; the default export so the page loads the chart library (recharts) as its own chunk. */
export default function DashboardCharts({
  stats,
  schoolYear,
  quarter,
}: {
  stats: DashboardStats;
  schoolYear: string;
  quarter: string;
}) {
  return (
    <>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <MonthCharts stats={stats} schoolYear={schoolYear} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <QuarterCharts stats={stats} quarter={quarter} />
      </SimpleGrid>
    </>
  );
}
