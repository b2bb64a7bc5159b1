import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

export type SectionTab = 'programs' | 'mentors' | 'places';

const PATHS: Record<SectionTab, string> = {
  programs: '/programs',
  mentors: '/programs/mentors',
  places: '/programs/places',
};

/** The section's three lists: programmes, mentors, places. */
export function SectionTabs({ active }: { active: SectionTab }) {
  const { t } = useTranslation('programs');
  const navigate = useNavigate();
  return (
    <Tabs value={active} onChange={(v) => v && navigate(PATHS[v as SectionTab])} mb="md">
      <Tabs.List>
        <Tabs.Tab value="programs">{t('tabs.programs')}</Tabs.Tab>
        <Tabs.Tab value="mentors">{t('tabs.mentors')}</Tabs.Tab>
        <Tabs.Tab value="places">{t('tabs.places')}</Tabs.Tab>
      </Tabs.List>
    </Tabs>
  );
}
