import type { ReactNode } from 'react';
import { Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';

/** What a list is for, and the first action to fill it. */
export function EmptyState({
  title,
  text,
  action,
  icon,
}: {
  title: string;
  text?: string;
  action?: ReactNode;
  icon?: ReactNode;
}) {
  return (
    <Paper withBorder p="xl" radius="md">
      <Stack align="center" gap="sm" py="lg">
        <ThemeIcon size={48} radius="xl" variant="light">
          {icon ?? <IconInbox size={26} />}
        </ThemeIcon>
        <Text fw={600} size="lg">
          {title}
        </Text>
        {text && (
          <Text c="dimmed" ta="center" maw={520}>
            {text}
          </Text>
        )}
        {action}
      </Stack>
    </Paper>
  );
}
