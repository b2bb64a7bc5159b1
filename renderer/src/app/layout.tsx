import { AppShell, Badge, Group, NavLink, ScrollArea, Stack, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { SECTIONS } from './sections';
import { RouteErrorBoundary } from './error-boundary';
import { OpenBackupFileListener, useVenue } from '../features/settings/public';
import { SyncBadge } from '../features/sync/public';

export function Layout() {
  const { t } = useTranslation();
  const location = useLocation();
  const venue = useVenue();

  return (
    <AppShell navbar={{ width: 220, breakpoint: 0 }} padding="lg">
      <AppShell.Navbar p="sm" aria-label={t('nav.main')}>
        <AppShell.Section>
          <Group gap="xs" px="xs" py="sm" wrap="nowrap">
            <ThemeIcon size={32} radius="md">
              <Text fw={700} size="lg" c="white" aria-hidden>
                {t('appName').charAt(0)}
              </Text>
            </ThemeIcon>
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text fw={700}>{t('appName')}</Text>
              <Text size="xs" c="dimmed" truncate="end" title={venue?.shortName}>
                {venue?.shortName ?? ''}
              </Text>
            </Stack>
          </Group>
          {venue?.isDemo && (
            <Badge variant="light" color="orange" ml="xs" mb="xs">
              {t('demoBadge')}
            </Badge>
          )}
          <SyncBadge />
        </AppShell.Section>
        <AppShell.Section grow component={ScrollArea}>
          <nav aria-label={t('nav.main')}>
            {SECTIONS.map((s) => {
              const active =
                s.path === '/' ? location.pathname === '/' : location.pathname.startsWith(s.path);
              return (
                <NavLink
                  key={s.path}
                  component={RouterNavLink}
                  to={s.path}
                  label={t(s.labelKey)}
                  leftSection={<s.icon size={20} stroke={1.6} />}
                  active={active}
                  aria-current={active ? 'page' : undefined}
                  variant="light"
                  styles={{ root: { borderRadius: 8, marginBottom: 2 }, label: { fontSize: 15 } }}
                />
              );
            })}
          </nav>
        </AppShell.Section>
      </AppShell.Navbar>
      <OpenBackupFileListener />
      <AppShell.Main bg="gray.0">
        <RouteErrorBoundary key={location.pathname.split('/')[1] ?? ''}>
          <Outlet />
        </RouteErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
