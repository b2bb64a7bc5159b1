import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../ui';
import { ParticipantForm } from './participant-form';

export function NewParticipantPage() {
  const { t } = useTranslation('participants');
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title={t('new.title')}
        breadcrumbs={[{ label: t('title'), to: '/participants' }, { label: t('new.title') }]}
      />
      <ParticipantForm
        hasHealthConsent={false}
        onSaved={(p) => navigate(`/participants/${p.id}`, { replace: true })}
      />
    </>
  );
}
