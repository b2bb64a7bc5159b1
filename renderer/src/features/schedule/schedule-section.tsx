import { useTranslation } from 'react-i18next';
import { EmptyState, PageHeader } from '../../ui';

export default function ScheduleSection() {
  const { t } = useTranslation('schedule');
  return (
    <>
      <PageHeader title={t('title')} />
      <EmptyState title={t('empty.title')} text={t('empty.text')} />
    </>
  );
}
