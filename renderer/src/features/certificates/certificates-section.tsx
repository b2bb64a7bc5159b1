import { useTranslation } from 'react-i18next';
import { EmptyState, PageHeader } from '../../ui';

export default function CertificatesSection() {
  const { t } = useTranslation('certificates');
  return (
    <>
      <PageHeader title={t('title')} />
      <EmptyState title={t('empty.title')} text={t('empty.text')} />
    </>
  );
}
