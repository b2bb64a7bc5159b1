import { useTranslation } from 'react-i18next';
import { EmptyState, PageHeader } from '../../ui';

export default function AttendanceSection() {
  const { t } = useTranslation('attendance');
  return (
    <>
      <PageHeader title={t('title')} />
      <EmptyState title={t('empty.title')} text={t('empty.text')} />
    </>
  );
}
