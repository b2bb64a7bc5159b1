import { Button, Code, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SyncConflict } from '@shared/domain';
import { keepVersion, takeOtherVersion } from '../../sync/conflicts';
import { FormSection, useAction } from '../../ui';
import { useOpenConflicts } from './use-sync';

/** Fields that differ between the two versions, so a person sees what changed, not the whole record. */
function differing(a: unknown, b: unknown): string[] {
  const ra = (a ?? {}) as Record<string, unknown>;
  const rb = (b ?? {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  return [...keys].filter((k) => k !== 'updatedAt' && JSON.stringify(ra[k]) !== JSON.stringify(rb[k])).sort();
}

function Version({ title, record, fields }: { title: string; record: unknown; fields: string[] }) {
  const r = (record ?? {}) as Record<string, unknown>;
  return (
    <Paper withBorder p="sm" aria-label={title}>
      <Text fw={600} size="sm" mb={4}>
        {title}
      </Text>
      {fields.map((f) => (
        <Text key={f} size="sm">
          <Code>{f}</Code>: {r[f] === null || r[f] === undefined ? '—' : JSON.stringify(r[f])}
        </Text>
      ))}
    </Paper>
  );
}

/** «Конфликты»: records two PCs changed independently, both versions side by side, «Взять другую». */
export function ConflictsList() {
  const { t } = useTranslation('sync');
  const conflicts = useOpenConflicts();
  const { busy, run } = useAction();
  return (
    <FormSection title={t('conflicts.title')}>
      {!conflicts || conflicts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('conflicts.none')}
        </Text>
      ) : (
        <Stack>
          {conflicts.map((c: SyncConflict) => {
            const fields = differing(c.kept, c.other);
            return (
              <Stack key={c.id} gap="xs" component="article" aria-label={t(`tables.${c.table}`)}>
                <Text size="sm">
                  {t(`tables.${c.table}`)} · {c.recordId}
                </Text>
                <SimpleGrid cols={2}>
                  <Version title={t('conflicts.kept')} record={c.kept} fields={fields} />
                  <Version title={t('conflicts.other')} record={c.other} fields={fields} />
                </SimpleGrid>
                <Group>
                  <Button size="xs" onClick={() => run(() => takeOtherVersion(c.id))} loading={busy}>
                    {t('conflicts.takeOther')}
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => run(() => keepVersion(c.id))}
                    loading={busy}
                  >
                    {t('conflicts.keep')}
                  </Button>
                </Group>
              </Stack>
            );
          })}
        </Stack>
      )}
    </FormSection>
  );
}
