import { useState } from 'react';
import {
  Button,
  Card,
  Center,
  Container,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconBuildingCommunity, IconSparkles } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { loadDemoVenue } from '../../db/repos/demo-repo';
import { errorMessage, notifyError, notifySaved } from '../../ui';
import { VenueForm } from '../settings/venue-form';

/** Shown while the database holds no venue: fill in the profile, or look around with the demo venue. */
export default function FirstRunPage() {
  const { t } = useTranslation('first-run');
  const navigate = useNavigate();
  const [mode, setMode] = useState<'choose' | 'profile'>('choose');
  const [loading, setLoading] = useState(false);

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

  return (
    <Container size="md" py={48}>
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1}>{t('title')}</Title>
          <Text c="dimmed">{t('lead')}</Text>
        </Stack>
        {mode === 'choose' ? (
          <SimpleGrid cols={2}>
            <Card withBorder padding="lg">
              <Stack h="100%" justify="space-between">
                <Stack gap="xs">
                  <ThemeIcon size={40} variant="light">
                    <IconBuildingCommunity />
                  </ThemeIcon>
                  <Title order={2} fz="lg">
                    {t('profile.title')}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {t('profile.text')}
                  </Text>
                </Stack>
                <Button onClick={() => setMode('profile')}>{t('profile.action')}</Button>
              </Stack>
            </Card>
            <Card withBorder padding="lg">
              <Stack h="100%" justify="space-between">
                <Stack gap="xs">
                  <ThemeIcon size={40} variant="light" color="orange">
                    <IconSparkles />
                  </ThemeIcon>
                  <Title order={2} fz="lg">
                    {t('demo.title')}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {t('demo.text')}
                  </Text>
                </Stack>
                <Button variant="light" color="orange" loading={loading} onClick={() => void loadDemo()}>
                  {t('demo.action')}
                </Button>
              </Stack>
            </Card>
          </SimpleGrid>
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
            <VenueForm guard={false} onSaved={() => navigate('/', { replace: true })} />
          </Paper>
        )}
        <Center>
          <Text size="xs" c="dimmed">
            {t('offline')}
          </Text>
        </Center>
      </Stack>
    </Container>
  );
}
