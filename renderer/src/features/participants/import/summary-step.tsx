import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@shared/text/collation';
import type { ImportOutcome } from './import-wizard-state';
import { UndoImport } from './undo-import';

/** Step 5: what was written. */
export function SummaryStep({
  counts,
  fileName,
  onList,
  onAgain,
}: {
  counts: ImportOutcome;
  fileName: string;
  onList: () => void;
  onAgain: () => void;
}) {
  const { t } = useTranslation('participants');
  const items: [string, number][] = [
    [t('summary.added'), counts.added],
    [t('summary.updated'), counts.updated],
    [t('summary.merged'), counts.merged],
    [t('summary.invalid'), counts.invalid],
    [t('summary.possible'), counts.possibleSkipped],
    [t('summary.newSchools'), counts.newSchools],
  ];
  return (
    <Stack gap="md" maw={900}>
      <Group gap="sm">
        <IconCircleCheck size={28} color="var(--mantine-color-teal-6)" />
        <Title order={2} fz={20}>
          {t('summary.title', { name: fileName })}
        </Title>
      </Group>
      <SimpleGrid cols={3} spacing="md" role="list" aria-label={t('summary.label')}>
        {items.map(([label, value]) => (
          <Paper key={label} withBorder p="md" radius="md" role="listitem" aria-label={`${label}: ${value}`}>
            <Text size="sm" c="dimmed">
              {label}
            </Text>
            <Text fz={28} fw={600}>
              {formatNumber(value)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {counts.safetyCopy && (
        <Text size="sm" c="dimmed">
          {t('summary.safetyCopy', { file: counts.safetyCopy })}
        </Text>
      )}
      {counts.importId && <UndoImport importId={counts.importId} fileName={fileName} />}
      <Group>
        <Button onClick={onList}>{t('summary.toList')}</Button>
        <Button variant="default" onClick={onAgain}>
          {t('summary.again')}
        </Button>
      </Group>
    </Stack>
  );
}
