import {
  ActionIcon,
  AppShell,
  Badge,
  Group,
  NavLink,
  ScrollArea,
  Stack,
  Text,
  ThemeIcon,
  Tooltip,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import {
  IconHelp,
  IconLayoutSidebarLeftCollapse,
  IconLayoutSidebarLeftExpand,
  type Icon,
} from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { HELP_ROUTE } from '../features/help/public';
import { SECTIONS } from './sections';
import { prefetchSections } from './section-loaders';
import { RouteErrorBoundary } from './error-boundary';
import { GlobalShortcuts } from './global-shortcuts';
import { OpenBackupFileListener, useVenue } from '../features/settings/public';
import { SyncBadge } from '../features/sync/public';

/** Below this window width the navigation shows icons only (a 1024 px window, 1366 px at 125 % scaling). */
const COLLAPSE_BELOW = 1280;
const WIDE = 220;
const NARROW = 64;

function SectionLink({
  to,
  label,
  icon: SectionIcon,
  active,
  collapsed,
}: {
  to: string;
  label: string;
  icon: Icon;
  active: boolean;
  collapsed: boolean;
}) {
  const link = (
    <NavLink
      component={RouterNavLink}
      to={to}
      label={collapsed ? undefined : label}
      aria-label={collapsed ? label : undefined}
      leftSection={<SectionIcon size={20} stroke={1.6} />}
      active={active}
      aria-current={active ? 'page' : undefined}
      variant="light"
      styles={{
        root: { borderRadius: 8, marginBottom: 2, ...(collapsed ? { justifyContent: 'center' } : {}) },
        section: collapsed ? { marginInlineEnd: 0 } : undefined,
        label: { fontSize: 15 },
      }}
    />
  );
  return collapsed ? (
    <Tooltip label={label} position="right" withArrow>
      {link}
    </Tooltip>
  ) : (
    link
  );
}

export function Layout() {
  const { t } = useTranslation();
  const location = useLocation();
  const venue = useVenue();
  // The sections' chunks, fetched while the page is idle: a first click on a section then renders at once.
  useEffect(() => prefetchSections(), []);
  const narrow = useMediaQuery(`(max-width: ${COLLAPSE_BELOW - 1}px)`, window.innerWidth < COLLAPSE_BELOW, {
    getInitialValueInEffect: false,
  });
  const short = useMediaQuery('(max-height: 720px)', window.innerHeight <= 720, {
    getInitialValueInEffect: false,
  });
  // The person's own choice, until the window crosses the breakpoint again.
  const [choice, setChoice] = useState<{ narrow: boolean; collapsed: boolean } | null>(null);
  const collapsed = choice !== null && choice.narrow === narrow ? choice.collapsed : narrow;
  const venueName = venue?.shortName ?? '';
  const isActive = (path: string) =>
    path === '/' ? location.pathname === '/' : location.pathname.startsWith(path);

  return (
    <AppShell
      navbar={{ width: collapsed ? NARROW : WIDE, breakpoint: 0 }}
      padding={narrow || short ? 'md' : 'lg'}
    >
      <AppShell.Navbar p={collapsed ? 'xs' : 'sm'} aria-label={t('nav.main')}>
        <AppShell.Section>
          <Group
            gap="xs"
            px={collapsed ? 0 : 'xs'}
            py="sm"
            wrap="nowrap"
            justify={collapsed ? 'center' : undefined}
          >
            <Tooltip
              label={venueName ? `${t('appName')} · ${venueName}` : t('appName')}
              position="right"
              withArrow
              disabled={!collapsed}
            >
              <ThemeIcon size={32} radius="md">
                <Text fw={700} size="lg" c="white" aria-hidden>
                  {t('appName').charAt(0)}
                </Text>
              </ThemeIcon>
            </Tooltip>
            {!collapsed && (
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text fw={700}>{t('appName')}</Text>
                <Tooltip
                  label={venue?.fullName || venueName}
                  multiline
                  maw={320}
                  withArrow
                  disabled={!venueName}
                >
                  <Text
                    size="xs"
                    c="dimmed"
                    truncate="end"
                    tabIndex={0}
                    aria-label={venue?.fullName || venueName}
                  >
                    {venueName}
                  </Text>
                </Tooltip>
              </Stack>
            )}
          </Group>
          {venue?.isDemo && !collapsed && (
            <Badge variant="light" color="orange" ml="xs" mb="xs">
              {t('demoBadge')}
            </Badge>
          )}
          <SyncBadge />
        </AppShell.Section>
        <AppShell.Section grow component={ScrollArea}>
          <nav aria-label={t('nav.main')}>
            {SECTIONS.map((s) => (
              <SectionLink
                key={s.path}
                to={s.path}
                label={t(s.labelKey)}
                icon={s.icon}
                active={isActive(s.path)}
                collapsed={collapsed}
              />
            ))}
          </nav>
        </AppShell.Section>
        <AppShell.Section>
          <SectionLink
            to={HELP_ROUTE}
            label={t('nav.help')}
            icon={IconHelp}
            active={isActive(HELP_ROUTE)}
            collapsed={collapsed}
          />
          <Group justify={collapsed ? 'center' : 'flex-end'} pt={4}>
            <Tooltip label={collapsed ? t('nav.expand') : t('nav.collapse')} position="right" withArrow>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={collapsed ? t('nav.expand') : t('nav.collapse')}
                aria-expanded={!collapsed}
                onClick={() => setChoice({ narrow, collapsed: !collapsed })}
              >
                {collapsed ? (
                  <IconLayoutSidebarLeftExpand size={20} />
                ) : (
                  <IconLayoutSidebarLeftCollapse size={20} />
                )}
              </ActionIcon>
            </Tooltip>
          </Group>
        </AppShell.Section>
      </AppShell.Navbar>
      <OpenBackupFileListener />
      <GlobalShortcuts />
      <AppShell.Main bg="gray.0">
        <RouteErrorBoundary key={location.pathname.split('/')[1] ?? ''}>
          <Outlet />
        </RouteErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
