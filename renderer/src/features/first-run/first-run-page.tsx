import { Suspense, useState, type ReactNode } from 'react';
import {
  Button,
  Card,
  Center,
  Container,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import {
  IconBuildingCommunity,
  IconCloudDownload,
  IconDatabaseImport,
  IconSparkles,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { loadDemoVenue } from '../../db/repos/demo-repo';
import { errorMessage, notifyError, notifySaved } from '../../ui';
import {
  BackupPanel,
  OpenBackupFileListener,
  usePendingBackupFile,
  useVenue,
  VenueForm,
  VenuePasswordCard,
} from '../settings/public';
import { hasSyncDraft, SyncPanel } from '../sync/public';

/** One way to start: what it does, and the button that does it. */
function ChoiceCard({
  icon,
  color,
  title,
  text,
  action,
}: {
  icon: ReactNode;
  color?: string;
  title: string;
  text: string;
  action: ReactNode;
}) {
  return (
    <Card withBorder padding="lg">
      <Stack h="100%" justify="space-between">
        <Stack gap="xs">
          <ThemeIcon size={40} variant="light" color={color}>
            {icon}
          </ThemeIcon>
          <Title order={2} fz="lg">
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {text}
          </Text>
        </Stack>
        {action}
      </Stack>
    </Card>
  );
}

/** Shown while the database holds no venue: fill in the profile, or look around with the demo venue. */
export default function FirstRunPage() {
  const { t } = useTranslation('first-run');
  const navigate = useNavigate();
  const [chosen, setMode] = useState<'choose' | 'profile' | 'restore' | 'connect'>(() =>
    // Back on the server form after the reload a new server's address costs (features/sync/connect-policy.ts).
    hasSyncDraft() ? 'connect' : 'choose',
  );
  const [loading, setLoading] = useState(false);
  // A backup file opened by double-click on a new PC waits here for the restore screen.
  const pendingFile = usePendingBackupFile();
  const mode = pendingFile ? 'restore' : chosen;
  // Once a venue exists (a restore finished, or the profile was saved) the app itself opens.
  const venueExists = useVenue() ? true : false;

  async function loadDemo() {
    setLoading(true);
    try {
      await loadDemoVenue();
      notifySaved(t('demoLoaded'));
      navigate('/', { replace: true });
    } catch (error) {
      notifyError(errorMessage(error));
    } finally {
      setLoading(false);
    }
  }

  if (venueExists) return <Navigate to="/" replace />;

  return (
    <Container size="lg" py={48}>
      <OpenBackupFileListener />
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1}>{t('title')}</Title>
          <Text c="dimmed">{t('lead')}</Text>
        </Stack>
        {/* The profile form and the backup panel load when first chosen. */}
        <Suspense
          fallback={
            <Center>
              <Loader aria-label={t('loading')} />
            </Center>
          }
        >
          {mode === 'choose' ? (
            <SimpleGrid cols={2}>
              <ChoiceCard
                icon={<IconBuildingCommunity />}
                title={t('profile.title')}
                text={t('profile.text')}
                action={<Button onClick={() => setMode('profile')}>{t('profile.action')}</Button>}
              />
              <ChoiceCard
                icon={<IconSparkles />}
                color="orange"
                title={t('demo.title')}
                text={t('demo.text')}
                action={
                  <Button variant="light" color="orange" loading={loading} onClick={() => void loadDemo()}>
                    {t('demo.action')}
                  </Button>
                }
              />
              <ChoiceCard
                icon={<IconCloudDownload />}
                color="teal"
                title={t('connect.title')}
                text={t('connect.text')}
                action={
                  <Button variant="light" color="teal" onClick={() => setMode('connect')}>
                    {t('connect.action')}
                  </Button>
                }
              />
              <ChoiceCard
                icon={<IconDatabaseImport />}
                color="gray"
                title={t('restore.title')}
                text={t('restore.text')}
                action={
                  <Button variant="default" onClick={() => setMode('restore')}>
                    {t('restore.action')}
                  </Button>
                }
              />
            </SimpleGrid>
          ) : mode === 'connect' ? (
            // A second PC of a venue: the sync form; once the server's venue arrives, the app itself opens.
            <Stack>
              <Group justify="space-between">
                <Title order={2} fz="lg">
                  {t('connect.title')}
                </Title>
                <Button variant="subtle" onClick={() => setMode('choose')}>
                  {t('back')}
                </Button>
              </Group>
              <Text size="sm" c="dimmed">
                {t('connect.lead')}
              </Text>
              <SyncPanel withConflicts={false} />
            </Stack>
          ) : mode === 'restore' ? (
            <Stack>
              <Group justify="space-between">
                <Title order={2} fz="lg">
                  {t('restore.title')}
                </Title>
                <Button variant="subtle" onClick={() => setMode('choose')}>
                  {t('back')}
                </Button>
              </Group>
              <BackupPanel />
            </Stack>
          ) : (
            <Paper withBorder p="lg">
              <Group justify="space-between" mb="md">
                <Title order={2} fz="lg">
                  {t('profile.title')}
                </Title>
                <Button variant="subtle" onClick={() => setMode('choose')}>
                  {t('back')}
                </Button>
              </Group>
              {/* Set once here: every copy the app writes is encrypted with it (issue 17). */}
              <Stack>
                <VenuePasswordCard />
                <VenueForm guard={false} onSaved={() => navigate('/', { replace: true })} />
              </Stack>
            </Paper>
          )}
        </Suspense>
        <Center>
          <Text size="xs" c="dimmed">
            {t('offline')}
          </Text>
        </Center>
      </Stack>
    </Container>
  );
}
