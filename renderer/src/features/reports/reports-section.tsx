import { useState } from 'react';
import { Paper, Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui';
import { ConsolidationTab } from '../consolidation/public';
import { ReconciliationTab } from '../reconciliation/public';
import { JournalTab } from './journal-tab';
import { ParticipantListTab } from './participant-list-tab';
import { currentQuarterChoice, PeriodPicker, resolvePeriod, type PeriodChoice } from './period-picker';
import { QuarterlyReportTab } from './quarterly-report-tab';

/**
 * «Отчёты»: the quarterly report for the federal operator (docs/formats.md §3), the participant list for the
 * platform and the attendance journal. One period for all three, chosen at the top.
 */
export default function ReportsSection() {
  const { t } = useTranslation('reports');
  const [choice, setChoice] = useState<PeriodChoice>(currentQuarterChoice);
  const [tab, setTab] = useState<string | null>('quarterly');
  const resolved = resolvePeriod(choice, t);
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Stack gap="md">
        <Paper withBorder p="sm">
          <PeriodPicker value={choice} onChange={setChoice} />
        </Paper>
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="quarterly">{t('tabs.quarterly')}</Tabs.Tab>
            <Tabs.Tab value="list">{t('tabs.list')}</Tabs.Tab>
            <Tabs.Tab value="journal">{t('tabs.journal')}</Tabs.Tab>
            <Tabs.Tab value="consolidation">{t('tabs.consolidation')}</Tabs.Tab>
            <Tabs.Tab value="reconciliation">{t('tabs.reconciliation')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="quarterly">
            <QuarterlyReportTab resolved={resolved} />
          </Tabs.Panel>
          <Tabs.Panel value="list">
            <ParticipantListTab resolved={resolved} />
          </Tabs.Panel>
          <Tabs.Panel value="journal">
            <JournalTab resolved={resolved} />
          </Tabs.Panel>
          <Tabs.Panel value="consolidation">
            <ConsolidationTab period={resolved.period} label={resolved.label} />
          </Tabs.Panel>
          <Tabs.Panel value="reconciliation">
            <ReconciliationTab period={resolved.period} label={resolved.label} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </>
  );
}
