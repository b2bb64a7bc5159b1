import { useEffect, useMemo, useState } from 'react';
import { Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { Participant } from '@shared/domain';
import { formatDate, todayIso } from '@shared/dates';
import { isActiveSession } from '@shared/schedule';
import { countLabel } from '@shared/text/collation';
import { joinFio } from '@shared/text/fio';
import { db } from '../../db';
import { enrollParticipants } from '../../db/repos/enrollment-repo';
import { EmptyState, errorMessage, notifyError, notifySaved, PageHeader } from '../../ui';
import { enrollSummary, useSaveWithChecks } from './save-with-checks';

const PEOPLE = ['участник', 'участника', 'участников'] as const;
const SHOWN = 12;

/**
 * Enrollment of the participant list's selection: `#/schedule/enroll?ids=<id>,<id>,…` — pick a group,
 * the same checks as everywhere run on save.
 */
export function EnrollSelectionPage() {
  const { t } = useTranslation('schedule');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const ids = useMemo(() => [...new Set((params.get('ids') ?? '').split(',').filter(Boolean))], [params]);
  const { run, dialog } = useSaveWithChecks();
  const [groupId, setGroupId] = useState<string | null>(null);
  const [doneId, setDoneId] = useState<string | null>(null);

  useEffect(() => {
    if (doneId) navigate(`/schedule/groups/${doneId}`);
  }, [doneId, navigate]);

  const data = useLiveQuery(async () => {
    const [people, groups, sessions, programs] = await Promise.all([
      db.participants.bulkGet(ids),
      db.groups.toArray(),
      db.sessions.where('date').aboveOrEqual(todayIso()).toArray(),
      db.programs.toArray(),
    ]);
    const upcoming = new Map<string, string>();
    for (const s of sessions) {
      if (!isActiveSession(s)) continue;
      const first = upcoming.get(s.groupId);
      if (!first || s.date < first) upcoming.set(s.groupId, s.date);
    }
    const active = new Set(programs.filter((p) => p.status === 'active').map((p) => p.id));
    return {
      people: people.filter((p): p is Participant => !!p),
      groups: groups
        .filter((g) => upcoming.has(g.id) && active.has(g.programId))
        .sort((a, b) => upcoming.get(a.id)!.localeCompare(upcoming.get(b.id)!))
        .map((g) => ({ value: g.id, label: `${g.name} (с ${formatDate(upcoming.get(g.id)!)})` })),
    };
  }, [ids]);

  if (!data) return null;
  const crumbs = [{ label: t('title'), to: '/schedule' }, { label: t('selection.title') }];
  if (data.people.length === 0)
    return (
      <>
        <PageHeader title={t('selection.title')} breadcrumbs={crumbs} />
        <EmptyState
          title={t('selection.nobody')}
          text={t('selection.nobodyText')}
          action={
            <Button component={Link} to="/participants">
              {t('selection.toParticipants')}
            </Button>
          }
        />
      </>
    );

  async function enroll() {
    if (!groupId) return;
    try {
      const outcome = await run(
        (options) =>
          enrollParticipants(
            groupId,
            data!.people.map((p) => p.id),
            options,
          ),
        {
          waitingList: true,
        },
      );
      if (outcome) {
        notifySaved(enrollSummary(outcome, t));
        setDoneId(groupId);
      }
    } catch (e) {
      notifyError(errorMessage(e));
    }
  }

  const names = data.people.slice(0, SHOWN).map((p) => joinFio(p));
  return (
    <>
      {dialog}
      <PageHeader title={t('selection.title')} breadcrumbs={crumbs} />
      <Paper withBorder p="md" radius="md" maw={760}>
        <Stack gap="sm">
          <Text fw={500}>{t('selection.picked', { label: countLabel(data.people.length, PEOPLE) })}</Text>
          <Text size="sm" c="dimmed">
            {names.join(', ')}
            {data.people.length > SHOWN
              ? ` ${t('selection.andMore', { n: data.people.length - SHOWN })}`
              : ''}
          </Text>
          <Select
            label={t('selection.group')}
            placeholder={data.groups.length ? t('selection.groupPlaceholder') : t('selection.noGroups')}
            data={data.groups}
            value={groupId}
            onChange={setGroupId}
            searchable
            required
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => navigate(-1)}>
              {t('form.cancel')}
            </Button>
            <Button disabled={!groupId} onClick={() => void enroll()}>
              {t('selection.submit')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </>
  );
}
