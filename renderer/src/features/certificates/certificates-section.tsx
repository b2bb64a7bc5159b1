import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { PageHeader } from '../../ui';
import { CertificatePage } from './certificate-page';
import DesignSettings from './design-settings';
import { IssuePage } from './issue-page';
import { JournalPage } from './journal-page';
import { VerifyPage } from './verify-page';

function DesignPage() {
  const { t } = useTranslation('certificates');
  return (
    <>
      <PageHeader
        title={t('design.title')}
        breadcrumbs={[{ label: t('title'), to: '/certificates' }, { label: t('design.title') }]}
      />
      <DesignSettings />
    </>
  );
}

export default function CertificatesSection() {
  return (
    <Routes>
      <Route index element={<JournalPage />} />
      <Route path="issue" element={<IssuePage />} />
      <Route path="verify" element={<VerifyPage />} />
      <Route path="design" element={<DesignPage />} />
      <Route path=":id" element={<CertificatePage />} />
    </Routes>
  );
}
