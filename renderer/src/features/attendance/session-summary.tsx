import { Anchor, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, todayIso } from '@shared/dates';
import { shortFio } from '@shared/text/fio';
import type { SessionContext } from '../../db/queries/attendance';
import { setPlatformConfirmed } from '../../db/repos/attendance-repo';
import { DateField, useAction } from '../../ui';

/** What the session is (programme, place, mentors), its counts, and the «отмечено на платформе» flag. */
export function SessionSummary({
  ctx,
  counts,
  savedAt,
}: {
  ctx: SessionContext;
  counts: { enrolled: number; attended: number; unmarked: number };
  savedAt: string | null;
}) {
  const { t } = useTranslation('attendance');
  const { run } = useAction();
  const { session, group, program, place } = ctx;
  const cancelled = session.status === 'cancelled';

  function platformFlag(date: string | null) {
    void run(() => setPlatformConfirmed(session.id, date), {
      success: date ? t('session.platform.set', { date: formatDate(date) }) : t('session.platform.cleared'),
    });
  }

  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Text size="sm">
            <Text span c="dimmed">
              {t('session.program')}:{' '}
            </Text>
            {program?.title ?? '—'}
            {group && (
              <>
                {' · '}
                <Anchor component={Link} to={`/attendance/groups/${group.id}`} size="sm">
                  {t('session.overview')}
                </Anchor>
              </>
            )}
          </Text>
          <Text size="sm">
            <Text span c="dimmed">
              {t('session.place')}:{' '}
            </Text>
            {place?.name ?? (session.onlineLink || '—')}
            <Text span c="dimmed">
              {' · '}
              {t('session.mentors')}:{' '}
            </Text>
            {ctx.mentors.map((m) => shortFio(m)).join(', ') || '—'}
          </Text>
          <Text size="sm" fw={500} aria-live="polite">
            {t('session.counts', counts)}
            {savedAt && (
              <Text span size="xs" c="dimmed" ml="sm">
                {t('session.saved')} · {savedAt}
              </Text>
            )}
          </Text>
        </Stack>
        <Stack gap={4} w={300}>
          <Checkbox
            label={t('session.platform.label')}
            checked={!!session.platformConfirmedOn}
            disabled={cancelled}
            onChange={(e) => platformFlag(e.currentTarget.checked ? todayIso() : null)}
          />
          {session.platformConfirmedOn ? (
            <DateField
              size="xs"
              label={t('session.platform.date')}
              value={session.platformConfirmedOn}
              clearable={false}
              onChange={(v) => {
                if (v) platformFlag(v);
              }}
            />
          ) : (
            <Text size="xs" c="dimmed">
              {t('session.platform.hint')}
            </Text>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}
