import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { joinFio } from '@shared/text/fio';
import { genderize, sexOf } from '@shared/text/gender';
import type { Participant } from '@shared/domain';
import { addWalkIn } from '../../db/commands/walk-in';
import { useAction } from '../../ui';
import { useParticipantSearch } from './use-attendance';
import type { WalkInContext } from './walk-in-dialog';

/** The search tab: the dialog stays open after each «Добавить», since several pupils often come together. */
export function WalkInSearch({ walkIn }: { walkIn: WalkInContext }) {
  const { t } = useTranslation('attendance');
  const { ctx, status, enrolled, describe, onClose } = walkIn;
  const [query, setQuery] = useState('');
  const [lastAdded, setLastAdded] = useState('');
  const results = useParticipantSearch(query, 20);
  const { busy, run } = useAction();

  async function add(p: Participant, name: string) {
    const added = await run(() => addWalkIn(ctx.session.id, { participantId: p.id }, status));
    // Said inside the dialog: a pile of toasts would cover the next «Добавить» buttons. It speaks of one pupil.
    if (added) setLastAdded(genderize(t('walkIn.added', { name }), sexOf(p)));
  }

  return (
    <Stack gap="xs">
      <TextInput
        label={t('walkIn.search')}
        description={t('walkIn.searchHint')}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        data-autofocus
      />
      {query.trim() && results && results.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('walkIn.nothing')}
        </Text>
      )}
      <Stack gap={4} mah={320} style={{ overflowY: 'auto' }}>
        {(results ?? []).map((p) => {
          const name = joinFio(p);
          return (
            <Paper key={p.id} withBorder p="xs">
              <Group justify="space-between" wrap="nowrap">
                <div>
                  <Text size="sm" fw={500}>
                    {name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {describe(p)}
                  </Text>
                </div>
                {enrolled.has(p.id) ? (
                  <Badge variant="light" color="gray">
                    {t('walkIn.inGroup')}
                  </Badge>
                ) : (
                  <Button
                    size="xs"
                    loading={busy}
                    aria-label={t('walkIn.addNamed', { name })}
                    onClick={() => void add(p, name)}
                  >
                    {t('walkIn.add')}
                  </Button>
                )}
              </Group>
            </Paper>
          );
        })}
      </Stack>
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" c="teal.8" aria-live="polite">
          {lastAdded}
        </Text>
        <Button variant="default" onClick={onClose}>
          {t('walkIn.done')}
        </Button>
      </Group>
    </Stack>
  );
}
