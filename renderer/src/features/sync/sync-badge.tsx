import { useEffect, useState } from 'react';
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { appSync } from '../../sync/app-sync';
import { narrowConnectSources } from './connect-policy';
import { useOpenConflictCount, useSyncStatus } from './use-sync';

function hhmm(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** The state of sync, always in the app's header: online and when last synced, or offline since when; conflicts. */
export function SyncBadge() {
  const { t } = useTranslation('sync');
  const status = useSyncStatus();
  const conflicts = useOpenConflictCount();
  const [now, setNow] = useState(() => Date.now());
  // The badge lives in the shell for the app's whole life: it resumes sync once at start when it is on, after
  // narrowing the page's connect-src to the venue's server (before any request to it).
  useEffect(() => {
    void (async () => {
      const config = await appSync.config();
      if (config?.enabled) narrowConnectSources(new URL(config.url).origin);
      await appSync.resume();
    })();
  }, []);
  useEffect(() => {
    if (status.phase === 'off') return;
    const timer = setInterval(() => setNow(Date.now()), 5000);
    return () => clearInterval(timer);
  }, [status.phase]);
  if (status.phase === 'off') return null;

  let line: string;
  let color = 'green';
  if (status.phase === 'offline') {
    line = t('badge.offline', { time: hhmm(status.offlineSince ?? new Date(now).toISOString()) });
    color = 'orange';
  } else if (status.phase === 'error') {
    line = t('badge.error');
    color = 'red';
  } else if (status.phase === 'synced' && status.lastSyncAt) {
    const seconds = Math.max(0, Math.round((now - Date.parse(status.lastSyncAt)) / 1000));
    line = t('badge.synced', { count: seconds });
  } else {
    line = t('badge.syncing');
    color = 'blue';
  }
  return (
    <Group gap={4} px="xs" mb="xs" role="status" aria-label={t('badge.label')}>
      {/* Text, not a badge: the navbar is narrow and the whole line must stay readable. */}
      <Text size="xs" fw={600} c={`${color}.8`}>
        {line}
      </Text>
      {status.unsent > 0 && (
        <Text size="xs" c="dimmed">
          {t('badge.unsent', { count: status.unsent })}
        </Text>
      )}
      {conflicts > 0 && (
        <Badge variant="light" color="red" style={{ textTransform: 'none' }}>
          {t('badge.conflicts', { count: conflicts })}
        </Badge>
      )}
    </Group>
  );
}
