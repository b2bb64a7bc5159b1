import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Group, List, Paper, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { formatDate, todayIso } from '@shared/dates';
import type { Participant } from '@shared/domain';
import { joinFio } from '@shared/text/fio';
import type { EnrollmentPreview } from '../../db/queries/enrollment-preview';
import { enrollParticipants } from '../../db/repos/enrollment-repo';
import { EmptyState, notifySaved, PageHeader, useAction } from '../../ui';
import { enrollSummary, useSaveWithChecks } from './save-with-checks';
import { conflictText } from './conflict-text';
import { useEnrollmentPreview, useSelectionCandidates } from './use-schedule';
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
  const pickedIds = useMemo(() => candidates?.people.map((p) => p.id) ?? [], [candidates]);
  // Shown before the save, by the save's own rule: who cannot be enrolled in the chosen group, and why.
  const preview = useEnrollmentPreview(groupId, pickedIds);
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
          {preview && <SelectionCheck preview={preview} people={data.people} />}
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

/** The ticked pupils the chosen group refuses or warns about, each with the reason the save would give. */
function SelectionCheck({ preview, people }: { preview: EnrollmentPreview; people: readonly Participant[] }) {
  const { t } = useTranslation('schedule');
  const byId = new Map(people.map((p) => [p.id, p]));
  const refused = [
    ...preview.alreadyThere.map((id) => t('selection.alreadyThere', { name: joinFio(byId.get(id)!) })),
    ...preview.conflicts.filter((c) => c.severity === 'refuse').map((c) => conflictText(c, t)),
  ];
  const confirm = preview.conflicts.filter((c) => c.severity === 'confirm').map((c) => conflictText(c, t));
  if (refused.length === 0 && confirm.length === 0)
    return (
      <Text size="sm" c="teal.8" role="status" aria-label={t('selection.checkLabel')}>
        {t('selection.allFine')}
      </Text>
    );
  return (
    <Stack gap="xs" role="region" aria-label={t('selection.checkLabel')}>
      {refused.length > 0 && (
        <Alert color="red" title={t('selection.refusedTitle')}>
          <List size="sm">
            {refused.map((text) => (
              <List.Item key={text}>{text}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {confirm.length > 0 && (
        <Alert color="orange" title={t('selection.confirmTitle')}>
          <List size="sm">
            {confirm.map((text) => (
              <List.Item key={text}>{text}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
