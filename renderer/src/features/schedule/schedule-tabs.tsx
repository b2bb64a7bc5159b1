import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** Calendar and group list are two views of one section. */
export function ScheduleTabs({ active }: { active: 'calendar' | 'groups' }) {
  const { t } = useTranslation('schedule');
  const navigate = useNavigate();
  return (
    <Tabs
      value={active}
      onChange={(v) => navigate(v === 'groups' ? '/schedule/groups' : '/schedule')}
      mb="sm"
      keepMounted={false}
    >
      <Tabs.List>
        <Tabs.Tab value="calendar">{t('tabs.calendar')}</Tabs.Tab>
        <Tabs.Tab value="groups">{t('tabs.groups')}</Tabs.Tab>
      </Tabs.List>
    </Tabs>
  );
}
