import type { ReactNode } from 'react';
import { Group, Paper } from '@mantine/core';

/** The form's buttons, kept in view at the bottom of the window while a long form scrolls. */
export function StickyActions({ children }: { children: ReactNode }) {
  return (
    <Paper withBorder shadow="xs" p="sm" radius="md" style={{ position: 'sticky', bottom: 12, zIndex: 5 }}>
      <Group justify="flex-end" gap="sm">
        {children}
      </Group>
    </Paper>
  );
}
