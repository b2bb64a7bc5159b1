import type { ReactNode } from 'react';
import { Anchor, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface Crumb {
  label: string;
  to?: string;
}

/** The page title on the left, the page's one primary action (and secondary ones) on the right. */
export function PageHeader({
  title,
  breadcrumbs,
  description,
  actions,
}: {
  title: string;
  breadcrumbs?: Crumb[];
  description?: ReactNode;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} mb="md">
      {breadcrumbs && breadcrumbs.length > 0 && (
        <Breadcrumbs separator="›" aria-label={t('breadcrumbs')} fz="sm">
          {breadcrumbs.map((c) =>
            c.to ? (
              <Anchor component={Link} to={c.to} key={c.label} size="sm">
                {c.label}
              </Anchor>
            ) : (
              <Text key={c.label} size="sm" c="dimmed">
                {c.label}
              </Text>
            ),
          )}
        </Breadcrumbs>
      )}
      <Group justify="space-between" align="center" wrap="nowrap">
        <Title order={1} fz={26} fw={600}>
          {title}
        </Title>
        {actions && <Group gap="sm">{actions}</Group>}
      </Group>
      {description && (
        <Text c="dimmed" size="sm">
          {description}
        </Text>
      )}
    </Stack>
  );
}
