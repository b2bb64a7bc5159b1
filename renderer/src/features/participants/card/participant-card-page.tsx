import { Alert, Button, List, Stack, Tabs, Text } from '@mantine/core';
import { IconUserOff } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { todayIso, formatDate } from '@shared/dates';
import { joinFio } from '@shared/text/fio';
import { hasValidConsent } from '@shared/participants/consent-rules';
import { ANONYMIZE_PLAN, ANONYMIZED_NAME } from '@shared/participants/anonymize';
import { db } from '../../../db';
import { anonymizeParticipant } from '../../../db/repos/participant-repo';
import { EmptyState, PageHeader, confirmDanger, errorMessage, notifyError, notifySaved } from '../../../ui';
import { ParticipantForm } from './participant-form';
import { ConsentsPanel } from './consents-panel';
import { ActivityPanel, CertificatesPanel } from './activity-panel';

/** A participant's card: data, consents, groups and attendance, certificates; anonymisation on request. */
export function ParticipantCardPage() {
  const { t } = useTranslation('participants');
  const { id = '' } = useParams();
  const participant = useLiveQuery(async () => (await db.participants.get(id)) ?? null, [id]);
  const consents = useLiveQuery(() => db.consents.where('participantId').equals(id).toArray(), [id]);

  if (participant === undefined) return null;
  if (participant === null)
    return (
      <>
        <PageHeader title={t('card.notFound')} breadcrumbs={[{ label: t('title'), to: '/participants' }]} />
        <EmptyState title={t('card.notFound')} text={t('card.notFoundText')} />
      </>
    );

  const title = participant.anonymizedAt ? ANONYMIZED_NAME : joinFio(participant);
  const healthConsent = hasValidConsent(consents ?? [], 'health', todayIso());

  async function onAnonymize() {
    const ok = await confirmDanger({
      title: t('anonymize.title'),
      message: (
        <Stack gap="xs">
          <Text size="sm">{t('anonymize.text', { fio: title })}</Text>
          <Text size="sm" fw={600}>
            {t('anonymize.erased')}
          </Text>
          <List size="sm">
            {ANONYMIZE_PLAN.erased.map((x) => (
              <List.Item key={x}>{x}</List.Item>
            ))}
          </List>
          <Text size="sm" fw={600}>
            {t('anonymize.kept')}
          </Text>
          <List size="sm">
            {ANONYMIZE_PLAN.kept.map((x) => (
              <List.Item key={x}>{x}</List.Item>
            ))}
          </List>
          <Text size="sm" c="red">
            {t('anonymize.irreversible', { count: consents?.length ?? 0 })}
          </Text>
        </Stack>
      ),
      confirmLabel: t('anonymize.confirm'),
    });
    if (!ok) return;
    try {
      await anonymizeParticipant(id);
      notifySaved(t('anonymize.done'));
    } catch (error) {
      notifyError(errorMessage(error));
    }
  }

  return (
    <>
      <PageHeader
        title={title}
        breadcrumbs={[{ label: t('title'), to: '/participants' }, { label: title }]}
        actions={
          !participant.anonymizedAt && (
            <Button
              color="red"
              variant="outline"
              leftSection={<IconUserOff size={16} />}
              onClick={onAnonymize}
            >
              {t('anonymize.action')}
            </Button>
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
          <Tabs.Tab value="consents">{t('card.tabs.consents', { count: consents?.length ?? 0 })}</Tabs.Tab>
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
          <ConsentsPanel participant={participant} consents={consents ?? []} />
        </Tabs.Panel>
        <Tabs.Panel value="activity">
          <ActivityPanel participantId={id} />
        </Tabs.Panel>
        <Tabs.Panel value="certificates">
          <CertificatesPanel participantId={id} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
