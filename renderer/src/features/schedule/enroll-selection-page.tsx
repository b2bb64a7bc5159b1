import { useEffect, useMemo, useState } from 'react';
import { Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { formatDate, todayIso } from '@shared/dates';
import { joinFio } from '@shared/text/fio';
import { enrollParticipants } from '../../db/repos/enrollment-repo';
import { EmptyState, notifySaved, PageHeader, useAction } from '../../ui';
import { enrollSummary, useSaveWithChecks } from './save-with-checks';
import { useSelectionCandidates } from './use-schedule';
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

  const { busy, run: runAction } = useAction();
  const candidates = useSelectionCandidates(ids, todayIso());
  const data = useMemo(
    () =>
      candidates && {
        people: candidates.people,
        groups: candidates.groups.map(({ group, firstDate }) => ({
          value: group.id,
          label: t('selection.groupOption', { name: group.name, date: formatDate(firstDate) }),
        })),
      },
    [candidates, t],
  );

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
    const people = data!.people.map((p) => p.id);
    const outcome = await runAction(() =>
      run((options) => enrollParticipants(groupId, people, options), { waitingList: true }),
    );
    if (outcome) {
      notifySaved(enrollSummary(outcome, t));
      setDoneId(groupId);
    }
  }

  const names = data.people.slice(0, SHOWN).map((p) => joinFio(p));
  return (
    <>
      {dialog}
      <PageHeader title={t('selection.title')} breadcrumbs={crumbs} />
      <Paper withBorder p="md" radius="md" maw={760}>
        <Stack gap="sm">
          <Text fw={500}>{t('selection.picked', { count: data.people.length })}</Text>
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
            <Button disabled={!groupId} loading={busy} onClick={() => void enroll()}>
              {t('selection.submit')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </>
  );
}
