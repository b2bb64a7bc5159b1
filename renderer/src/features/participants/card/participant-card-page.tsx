import { Alert, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Consent, Participant } from '@shared/domain';
import { todayIso, formatDate } from '@shared/dates';
import { joinFio } from '@shared/text/fio';
import { hasValidConsent } from '@shared/participants/consent-rules';
import { PageHeader, RecordPage } from '../../../ui';
import { useParticipant, useParticipantConsents } from '../use-participant';
import { ParticipantForm } from './participant-form';
import { ConsentsPanel } from './consents-panel';
import { ActivityPanel, CertificatesPanel } from './activity-panel';
import { AnonymizeButton } from './anonymize-button';
import { ParticipantReconciliation } from '../../reconciliation/public';

/** A participant's card: data, consents, groups and attendance, certificates; anonymisation on request. */
export function ParticipantCardPage() {
  const { t } = useTranslation('participants');
  const { id = '' } = useParams();
  const participant = useParticipant(id);
  const consents = useParticipantConsents(id);
  return (
    <RecordPage
      record={participant}
      notFoundTitle={t('card.notFound')}
      notFoundText={t('card.notFoundText')}
      breadcrumbs={[{ label: t('title'), to: '/participants' }]}
    >
      {(p) => <ParticipantCard participant={p} consents={consents ?? []} />}
    </RecordPage>
  );
}

function ParticipantCard({ participant, consents }: { participant: Participant; consents: Consent[] }) {
  const { t } = useTranslation('participants');
  const title = participant.anonymizedAt ? t('anonymized') : joinFio(participant);
  const healthConsent = hasValidConsent(consents, 'health', todayIso());
  return (
    <>
      <PageHeader
        title={title}
        breadcrumbs={[{ label: t('title'), to: '/participants' }, { label: title }]}
        actions={
          !participant.anonymizedAt && (
            <AnonymizeButton participantId={participant.id} title={title} consentCount={consents.length} />
          )
        }
      />
      {participant.anonymizedAt && (
        <Alert color="gray" mb="md" title={t('anonymize.doneTitle')}>
          {t('anonymize.doneText', { date: formatDate(participant.anonymizedAt.slice(0, 10)) })}
        </Alert>
      )}
      <Tabs defaultValue="data" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="data">{t('card.tabs.data')}</Tabs.Tab>
          <Tabs.Tab value="consents">{t('card.tabs.consents', { count: consents.length })}</Tabs.Tab>
          <Tabs.Tab value="activity">{t('card.tabs.activity')}</Tabs.Tab>
          <Tabs.Tab value="certificates">{t('card.tabs.certificates')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="data">
          {participant.anonymizedAt ? (
            <Text c="dimmed">{t('anonymize.noData')}</Text>
          ) : (
            <ParticipantForm participant={participant} hasHealthConsent={healthConsent} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="consents">
          <ConsentsPanel participant={participant} consents={consents} title={title} />
        </Tabs.Panel>
        <Tabs.Panel value="activity">
          <ActivityPanel participantId={participant.id} />
          <ParticipantReconciliation participantId={participant.id} />
        </Tabs.Panel>
        <Tabs.Panel value="certificates">
          <CertificatesPanel participantId={participant.id} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
