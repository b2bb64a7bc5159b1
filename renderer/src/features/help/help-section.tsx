import type { MouseEvent } from 'react';
import { Anchor, Button, Group, Kbd, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../ui';

/** The guide's topics in the order of a coordinator's work, each with the place in the app it talks about. */
const TOPICS = [
  { id: 'venue', to: '/settings/venue' },
  { id: 'programs', to: '/programs' },
  { id: 'mentors', to: '/programs/mentors' },
  { id: 'import', to: '/participants/import' },
  { id: 'groups', to: '/schedule/groups' },
  { id: 'marks', to: '/attendance' },
  { id: 'platform', to: '/attendance' },
  { id: 'certificates', to: '/certificates/issue' },
  { id: 'report', to: '/reports' },
  { id: 'backup', to: '/settings/backup' },
] as const;

const SHORTCUTS = [
  { keys: ['Ctrl', 'F'], id: 'search' },
  { keys: ['Ctrl', 'P'], id: 'print' },
  { keys: ['Ctrl', 'S'], id: 'save' },
  { keys: ['1', '–', '4'], id: 'marks' },
  { keys: ['Alt', '1'], id: 'allPresent' },
  { keys: ['Ctrl', 'Z'], id: 'undo' },
] as const;

/**
 * «Справка»: a short guide for a coordinator — the order of the work, what each step asks of them, and the
 * shortcuts. The longer version with the week's rhythm is `docs/coordinator-guide.md`.
 */
export default function HelpSection() {
  const { t } = useTranslation('help');
  return (
    <>
      <PageHeader title={t('title')} description={t('subtitle')} />
      <Stack gap="md" maw={900}>
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="xs">
            {t('contents')}
          </Title>
          <List type="ordered" spacing={2}>
            {TOPICS.map((topic) => (
              <List.Item key={topic.id}>
                <Anchor href={`#help-${topic.id}`} onClick={(e) => jumpTo(e, topic.id)}>
                  {t(`topics.${topic.id}.title`)}
                </Anchor>
              </List.Item>
            ))}
            <List.Item>
              <Anchor href="#help-shortcuts" onClick={(e) => jumpTo(e, 'shortcuts')}>
                {t('shortcuts.title')}
              </Anchor>
            </List.Item>
          </List>
        </Paper>
        {TOPICS.map((topic, i) => (
          <Paper
            withBorder
            p="md"
            key={topic.id}
            id={`help-${topic.id}`}
            component="section"
            aria-labelledby={`help-${topic.id}-title`}
          >
            <Title order={2} size="h4" id={`help-${topic.id}-title`} mb="xs">
              {i + 1}. {t(`topics.${topic.id}.title`)}
            </Title>
            <Text mb="sm">{t(`topics.${topic.id}.text`)}</Text>
            <Group>
              <Button
                component={Link}
                to={topic.to}
                variant="light"
                size="xs"
                rightSection={<IconArrowRight size={14} />}
              >
                {t(`topics.${topic.id}.go`)}
              </Button>
            </Group>
          </Paper>
        ))}
        <Paper
          withBorder
          p="md"
          id="help-shortcuts"
          component="section"
          aria-labelledby="help-shortcuts-title"
        >
          <Title order={2} size="h4" id="help-shortcuts-title" mb="xs">
            {t('shortcuts.title')}
          </Title>
          <Table withRowBorders={false} aria-labelledby="help-shortcuts-title">
            <Table.Tbody>
              {SHORTCUTS.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td w={160}>
                    {s.keys.map((k, j) =>
                      k === '–' ? (
                        <span key={j}> – </span>
                      ) : (
                        <Kbd key={j} mr={4}>
                          {k}
                        </Kbd>
                      ),
                    )}
                  </Table.Td>
                  <Table.Td>{t(`shortcuts.${s.id}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      </Stack>
    </>
  );
}

/** In-page jumps without touching the hash router's address. */
function jumpTo(event: MouseEvent, id: string) {
  event.preventDefault();
  document.getElementById(`help-${id}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
}
