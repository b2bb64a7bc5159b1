import type { ReactNode } from 'react';
import { Paper, Title } from '@mantine/core';

/** A titled part of a long form; a landmark named by its title, so a screen reader can jump between parts. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-label={title}>
      <Title order={2} fz="md" fw={600} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
