import { Group, SegmentedControl, Select, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDate, quarterOf, quarterRange, quarterRoman, todayIso, type Quarter } from '@shared/dates';
import type { ReportPeriod } from '@shared/reports/report-data';
import { DateField } from '../../ui';

export type PeriodChoice =
  { mode: 'quarter'; quarter: Quarter } | { mode: 'range'; from: string | null; to: string | null };

export function currentQuarterChoice(): PeriodChoice {
  return { mode: 'quarter', quarter: quarterOf(todayIso()) };
}

export interface ResolvedPeriod {
  period: ReportPeriod | null;
  /** «III квартал 2026» or «01.07.2026–30.09.2026», for headings and file names. */
  label: string;
  error: string | null;
}

/** «III квартал 2026» / «Q3 2026» in the interface's language. */
export function quarterWords(t: TFunction<'reports'>, q: Quarter): string {
  return t('period.quarterLabel', { roman: quarterRoman(q.quarter), quarter: q.quarter, year: q.year });
}

export function resolvePeriod(choice: PeriodChoice, t: TFunction<'reports'>): ResolvedPeriod {
  if (choice.mode === 'quarter')
    return { period: quarterRange(choice.quarter), label: quarterWords(t, choice.quarter), error: null };
  if (!choice.from || !choice.to) return { period: null, label: '', error: t('period.bothDates') };
  if (choice.from > choice.to) return { period: null, label: '', error: t('period.reversed') };
  return {
    period: { from: choice.from, to: choice.to },
    label: `${formatDate(choice.from)}–${formatDate(choice.to)}`,
    error: null,
  };
}

function nextQuarter(q: Quarter): Quarter {
  return q.quarter === 4
    ? { year: q.year + 1, quarter: 1 }
    : { year: q.year, quarter: (q.quarter + 1) as Quarter['quarter'] };
}

/** Quarters from two years back to the next one, the most recent first. */
function quarterOptions(t: TFunction<'reports'>): { value: string; label: string }[] {
  const last = nextQuarter(quarterOf(todayIso()));
  const out: { value: string; label: string }[] = [];
  for (let q: Quarter = { year: last.year - 2, quarter: 1 }; ; q = nextQuarter(q)) {
    out.push({ value: `${q.year}-${q.quarter}`, label: quarterWords(t, q) });
    if (q.year === last.year && q.quarter === last.quarter) break;
  }
  return out.reverse();
}

/** A quarter («III квартал 2026») or any date range. */
export function PeriodPicker({
  value,
  onChange,
}: {
  value: PeriodChoice;
  onChange: (value: PeriodChoice) => void;
}) {
  const { t } = useTranslation('reports');
  const resolved = resolvePeriod(value, t);
  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <SegmentedControl
        aria-label={t('period.kind')}
        value={value.mode}
        data={[
          { value: 'quarter', label: t('period.quarterMode') },
          { value: 'range', label: t('period.rangeMode') },
        ]}
        onChange={(mode) => {
          if (mode === value.mode) return;
          if (mode === 'quarter') onChange(currentQuarterChoice());
          else {
            const p = resolved.period ?? quarterRange(quarterOf(todayIso()));
            onChange({ mode: 'range', from: p.from, to: p.to });
          }
        }}
      />
      {value.mode === 'quarter' ? (
        <Select
          label={t('period.quarter')}
          data={quarterOptions(t)}
          value={`${value.quarter.year}-${value.quarter.quarter}`}
          allowDeselect={false}
          w={200}
          onChange={(v) => {
            if (!v) return;
            const [year, quarter] = v.split('-').map(Number) as [number, Quarter['quarter']];
            onChange({ mode: 'quarter', quarter: { year, quarter } });
          }}
        />
      ) : (
        <>
          <DateField
            label={t('period.from')}
            value={value.from}
            onChange={(from) => onChange({ ...value, from })}
            w={150}
            clearable={false}
          />
          <DateField
            label={t('period.to')}
            value={value.to}
            onChange={(to) => onChange({ ...value, to })}
            w={150}
            clearable={false}
          />
        </>
      )}
      {resolved.period && (
        <Text size="sm" c="dimmed" pb={8}>
          {formatDate(resolved.period.from)} — {formatDate(resolved.period.to)}
        </Text>
      )}
      {resolved.error && (
        <Text size="sm" c="red.8" pb={8} role="alert">
          {resolved.error}
        </Text>
      )}
    </Group>
  );
}
