import { useCallback, useState } from 'react';
import { SimpleGrid, Stack } from '@mantine/core';
import { ProgressDialog, type ProgressState } from '../../../ui';
import { AutoBackupCard } from './auto-backup-card';
import type { ProgressControls, SetProgress } from './backup-progress';
import { CreateBackupCard } from './create-backup-card';
import { RestoreCard } from './restore-card';
import { VenuePasswordCard } from './venue-password-card';

/** Настройки › Резервные копии: make a backup, restore one, automatic backups. */
export function BackupPanel() {
  const [progress, setProgressState] = useState<ProgressState | null>(null);
  const [title, setTitle] = useState('');
  const [cancel, setCancel] = useState<(() => void) | null>(null);
  const setProgress: SetProgress = useCallback((update) => setProgressState(update), []);
  const cancellable = useCallback(() => {
    const controller = new AbortController();
    setCancel(() => () => controller.abort());
    return { signal: controller.signal, done: () => setCancel(null) };
  }, []);
  const controls: ProgressControls = { setProgress, setTitle, cancellable };
  return (
    <Stack maw={1100}>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <CreateBackupCard {...controls} />
        <RestoreCard {...controls} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <VenuePasswordCard />
        <AutoBackupCard />
      </SimpleGrid>
      <ProgressDialog state={progress} title={title} onCancel={cancel ?? undefined} />
    </Stack>
  );
}
