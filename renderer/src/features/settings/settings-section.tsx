import { lazy, Suspense } from 'react';
import {
  Badge,
  Button,
  Loader,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useNavigate, useParams } from 'react-router';
import { removeDemoVenue } from '../../db/repos/demo-repo';
import { setLanguage, type Language } from '../../i18n';
import { loadCertificateDesignSettings } from '../certificates/public';
import { FIRST_RUN_ROUTE } from '../first-run/public';
import { SyncPanel } from '../sync/public';
import { confirmDanger, errorMessage, notifyError, notifySaved, PageHeader } from '../../ui';
import { AuditLogPanel } from './audit/audit-log-panel';
import { BackupPanel } from './backup/backup-panel';
import { BackupReminder, LastBackupLine } from './backup/backup-status';
import { RetentionPanel } from './retention/retention-panel';
import { useVenue } from './use-venue';
import { VenueForm } from './venue-form';

// The certificate designs live with the certificates feature; loaded only when the tab is opened.
const CertificateDesignSettings = lazy(loadCertificateDesignSettings);

function SettingsTabs() {
  const { t } = useTranslation('settings');
  const { tab = 'venue' } = useParams();
  const navigate = useNavigate();
  const venue = useVenue();

  return (
    <>
      <PageHeader title={t('title')} description={<LastBackupLine />} />
      <BackupReminder withAction={tab !== 'backup'} />
      <Tabs value={tab} onChange={(v) => navigate(`/settings/${v ?? 'venue'}`)} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="venue">{t('tabs.venue')}</Tabs.Tab>
          <Tabs.Tab value="interface">{t('tabs.interface')}</Tabs.Tab>
          <Tabs.Tab value="certificates">{t('tabs.certificates')}</Tabs.Tab>
          <Tabs.Tab value="backup">{t('tabs.backup')}</Tabs.Tab>
          <Tabs.Tab value="retention">{t('tabs.retention')}</Tabs.Tab>
          <Tabs.Tab value="sync">{t('sync:tab')}</Tabs.Tab>
          <Tabs.Tab value="audit">{t('tabs.audit')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="venue">
          <Paper withBorder p="lg" maw={960}>
            <VenueForm venue={venue ?? undefined} />
          </Paper>
        </Tabs.Panel>
        <Tabs.Panel value="interface">
          <InterfaceSettings />
        </Tabs.Panel>
        <Tabs.Panel value="certificates">
          <Suspense fallback={<Loader aria-label={t('loading')} />}>
            <CertificateDesignSettings />
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="backup">
          <BackupPanel />
        </Tabs.Panel>
        <Tabs.Panel value="retention">
          <RetentionPanel />
        </Tabs.Panel>
        <Tabs.Panel value="sync">
          <SyncPanel />
        </Tabs.Panel>
        <Tabs.Panel value="audit">
          <AuditLogPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

function InterfaceSettings() {
  const { t, i18n } = useTranslation('settings');
  const venue = useVenue();
  const navigate = useNavigate();

  async function removeDemo() {
    const ok = await confirmDanger({
      title: t('demo.confirmTitle'),
      message: t('demo.confirmText'),
      confirmLabel: t('demo.remove'),
    });
    if (!ok) return;
    try {
      await removeDemoVenue();
      notifySaved(t('demo.removed'));
      navigate(FIRST_RUN_ROUTE);
    } catch (error) {
      notifyError(errorMessage(error));
    }
  }

  return (
    <Stack maw={720}>
      <Paper withBorder p="lg">
        <Title order={2} fz="lg" mb="sm">
          {t('language.title')}
        </Title>
        <SegmentedControl
          aria-label={t('language.title')}
          value={i18n.language === 'en' ? 'en' : 'ru'}
          onChange={(v) => void setLanguage(v as Language)}
          data={[
            { value: 'ru', label: 'Русский' },
            { value: 'en', label: 'English' },
          ]}
        />
      </Paper>
      {venue?.isDemo && (
        <Paper withBorder p="lg">
          <Group justify="space-between">
            <Stack gap={2}>
              <Group gap="xs">
                <Title order={2} fz="lg">
                  {t('demo.title')}
                </Title>
                <Badge color="orange" variant="light">
                  {t('demo.badge')}
                </Badge>
              </Group>
              <Text size="sm" c="dimmed">
                {t('demo.text')}
              </Text>
            </Stack>
            <Button color="red" variant="light" onClick={() => void removeDemo()}>
              {t('demo.remove')}
            </Button>
          </Group>
        </Paper>
      )}
    </Stack>
  );
}

export default function SettingsSection() {
  return (
    <Routes>
      <Route index element={<SettingsTabs />} />
      <Route path=":tab" element={<SettingsTabs />} />
    </Routes>
  );
}
