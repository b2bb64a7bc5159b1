import { useState } from 'react';
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconCalendarPlus, IconPencil, IconUserPlus, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Enrollment } from '@shared/domain';
import { waitingListOrder } from '@shared/schedule';
import { ruCollator } from '@shared/text/collation';
import { genderize, sexOf } from '@shared/text/gender';
import type { GroupDetail } from '../../db/queries/schedule';
import { deleteGroup } from '../../db/repos/group-repo';
import { enrollParticipants, removeEnrollment } from '../../db/repos/enrollment-repo';
import { confirmDanger, notifySaved, PageHeader, RecordPage, useAction } from '../../ui';
import { AddSessionsDialog } from './add-sessions-dialog';
import { EditGroupDialog } from './edit-group-dialog';
import { EnrollClassDialog, EnrollSearchDialog } from './enroll-dialogs';
import { GroupPeople } from './group-people';
import { GroupSessions } from './group-sessions';
import { enrollSummary, useSaveWithChecks } from './save-with-checks';
import { useLookups, type Lookups } from './schedule-data';
import { useGroupDetail } from './use-schedule';

export function GroupPage() {
  const { t } = useTranslation('schedule');
  const { groupId = '' } = useParams();
  const lookups = useLookups();
  const data = useGroupDetail(groupId);
  return (
    <RecordPage
      record={lookups ? data : undefined}
      notFoundTitle={t('group.notFound')}
      breadcrumbs={[
        { label: t('title'), to: '/schedule' },
        { label: t('groups.title'), to: '/schedule/groups' },
      ]}
    >
      {(detail) => <GroupView detail={detail} lookups={lookups!} />}
    </RecordPage>
  );
}

type Dialog = 'search' | 'class' | 'sessions' | 'edit' | null;

function GroupView({ detail, lookups }: { detail: GroupDetail; lookups: Lookups }) {
  const { t } = useTranslation('schedule');
  const navigate = useNavigate();
  const { run: runChecked, dialog: checksDialog } = useSaveWithChecks();
  const { run } = useAction();
  const [open, setOpen] = useState<Dialog>(null);
  const close = () => setOpen(null);

  const { group, sessions, enrollments, participants } = detail;
  const program = lookups.program.get(group.programId);
  const byName = (a: Enrollment, b: Enrollment) =>
    ruCollator.compare(
      participants.get(a.participantId)?.fioKey ?? '',
      participants.get(b.participantId)?.fioKey ?? '',
    );
  const enrolled = enrollments.filter((e) => e.status === 'enrolled').sort(byName);
  const waiting = waitingListOrder(enrollments);
  const presentIds = new Set(enrollments.map((e) => e.participantId));

  async function enroll(ids: string[]): Promise<boolean> {
    const outcome = await run(() =>
      runChecked((options) => enrollParticipants(group.id, ids, options), { waitingList: true }),
    );
    if (!outcome) return false;
    notifySaved(enrollSummary(outcome, t));
    return true;
  }

  async function remove(e: Enrollment, name: string) {
    // The words speak of this one pupil: «исключена» for a girl.
    const person = participants.get(e.participantId);
    const sex = person ? sexOf(person) : null;
    const ok = await confirmDanger({
      title: e.status === 'waiting' ? t('people.removeWaitingTitle') : t('people.removeTitle'),
      message: genderize(
        t(e.status === 'waiting' ? 'people.removeWaitingText' : 'people.removeText', {
          name,
          group: group.name,
        }),
        sex,
      ),
      confirmLabel: t('people.removeConfirm'),
    });
    if (!ok) return;
    const promoted = await run(() => removeEnrollment(e.id));
    if (!promoted) return;
    notifySaved(
      genderize(
        promoted.length ? t('people.removedPromoted', { count: promoted.length }) : t('people.removed'),
        sex,
      ),
    );
  }

  async function removeGroup() {
    const ok = await confirmDanger({
      title: t('group.deleteTitle'),
      message: t('group.deleteText', {
        name: group.name,
        sessions: sessions.length,
        people: enrollments.length,
      }),
      confirmLabel: t('group.deleteConfirm'),
    });
    if (!ok) return;
    const deleted = await run(async () => {
      await deleteGroup(group.id);
      return true;
    });
    if (!deleted) return;
    notifySaved(t('group.deleted'));
    navigate('/schedule/groups');
  }

  return (
    <>
      {checksDialog}
      <PageHeader
        title={group.name}
        breadcrumbs={[
          { label: t('title'), to: '/schedule' },
          { label: t('groups.title'), to: '/schedule/groups' },
          { label: group.name },
        ]}
        description={
          <>
            {t('group.program')}: {program?.title ?? '—'} ·{' '}
            {t('group.grades', { min: program?.gradeMin, max: program?.gradeMax })}
          </>
        }
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconCalendarPlus size={16} />}
              onClick={() => setOpen('sessions')}
            >
              {t('group.addSessions')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconUsersGroup size={16} />}
              onClick={() => setOpen('class')}
            >
              {t('group.enrollClass')}
            </Button>
            <Button leftSection={<IconUserPlus size={16} />} onClick={() => setOpen('search')}>
              {t('group.enroll')}
            </Button>
          </>
        }
      />
      <Stack gap="md">
        <Group gap="sm">
          <Badge
            size="lg"
            tt="none"
            variant="light"
            color={enrolled.length >= group.capacity ? 'orange' : 'teal'}
          >
            {t('group.occupancy', { n: enrolled.length, capacity: group.capacity })}
          </Badge>
          {waiting.length > 0 && (
            <Badge size="lg" tt="none" variant="light" color="gray">
              {t('group.waitingCount', { n: waiting.length })}
            </Badge>
          )}
          {group.note && <Text size="sm">{group.note}</Text>}
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPencil size={14} />}
            onClick={() => setOpen('edit')}
          >
            {t('group.edit')}
          </Button>
        </Group>
        <GroupSessions group={group} sessions={sessions} lookups={lookups} />
        <GroupPeople
          enrolled={enrolled}
          waiting={waiting}
          participants={participants}
          lookups={lookups}
          onRemove={remove}
        />
        <Group justify="flex-end">
          <Button variant="subtle" color="red" onClick={() => void removeGroup()}>
            {t('group.delete')}
          </Button>
        </Group>
      </Stack>

      <EnrollSearchDialog
        opened={open === 'search'}
        onClose={close}
        onEnroll={enroll}
        lookups={lookups}
        presentIds={presentIds}
      />
      <EnrollClassDialog opened={open === 'class'} onClose={close} onEnroll={enroll} lookups={lookups} />
      <AddSessionsDialog
        opened={open === 'sessions'}
        onClose={close}
        group={group}
        lookups={lookups}
        run={runChecked}
      />
      {open === 'edit' && <EditGroupDialog group={group} onClose={close} runChecked={runChecked} />}
    </>
  );
}
