import { useState } from 'react';
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import {
  IconCalendarPlus,
  IconPencil,
  IconUserMinus,
  IconUserPlus,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Enrollment, Participant } from '@shared/domain';
import { formatDate } from '@shared/dates';
import { compareSessionsByTime, waitingListOrder } from '@shared/schedule';
import { ruCollator } from '@shared/text/collation';
import { joinFio } from '@shared/text/fio';
import { db } from '../../db';
import { deleteGroup, ScheduleInputError, updateGroup } from '../../db/repos/group-repo';
import { enrollParticipants, removeEnrollment } from '../../db/repos/enrollment-repo';
import { confirmDanger, EmptyState, errorMessage, notifyError, notifySaved, PageHeader } from '../../ui';
import { EnrollClassDialog, EnrollSearchDialog } from './enroll-dialogs';
import { mentorsLabel, placeLabel, useLookups, type Lookups } from './schedule-data';
import { enrollSummary, useSaveWithChecks } from './save-with-checks';
import { AddSessionsDialog } from './add-sessions-dialog';

function useGroupData(groupId: string) {
  return useLiveQuery(async () => {
    const group = await db.groups.get(groupId);
    if (!group) return null;
    const [sessions, enrollments] = await Promise.all([
      db.sessions.where('groupId').equals(groupId).toArray(),
      db.enrollments.where('groupId').equals(groupId).toArray(),
    ]);
    const people = await db.participants.bulkGet(enrollments.map((e) => e.participantId));
    const participants = new Map(people.filter((p): p is Participant => !!p).map((p) => [p.id, p]));
    sessions.sort(compareSessionsByTime);
    return { group, sessions, enrollments, participants };
  }, [groupId]);
}

function PeopleTable({
  rows,
  participants,
  lookups,
  label,
  onRemove,
  removeLabel,
}: {
  rows: Enrollment[];
  participants: Map<string, Participant>;
  lookups: Lookups;
  label: string;
  onRemove: (e: Enrollment, name: string) => void;
  removeLabel: (name: string) => string;
}) {
  const { t } = useTranslation('schedule');
  return (
    <Table striped highlightOnHover aria-label={label} stickyHeader>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={48}>№</Table.Th>
          <Table.Th>{t('people.fio')}</Table.Th>
          <Table.Th>{t('people.school')}</Table.Th>
          <Table.Th w={80}>{t('people.class')}</Table.Th>
          <Table.Th w={60} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((e, i) => {
          const p = participants.get(e.participantId);
          const name = p ? joinFio(p) : '—';
          return (
            <Table.Tr key={e.id}>
              <Table.Td>{i + 1}</Table.Td>
              <Table.Td>{name}</Table.Td>
              <Table.Td>{p?.schoolId ? (lookups.school.get(p.schoolId)?.shortName ?? '') : ''}</Table.Td>
              <Table.Td>{p?.grade ? `${p.grade}${p.classLetter}` : ''}</Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={removeLabel(name)}
                  onClick={() => onRemove(e, name)}
                >
                  <IconUserMinus size={18} />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

export function GroupPage() {
  const { t } = useTranslation('schedule');
  const { groupId = '' } = useParams();
  const navigate = useNavigate();
  const lookups = useLookups();
  const data = useGroupData(groupId);
  const { run, dialog } = useSaveWithChecks();
  const [searchOpen, setSearchOpen] = useState(false);
  const [classOpen, setClassOpen] = useState(false);
  const [sessionsOpen, setSessionsOpen] = useState(false);
  const [editOpen, setEditOpen] = useState(false);
  const [edit, setEdit] = useState({ name: '', capacity: 1, note: '' });

  if (data === undefined || !lookups) return null;
  if (data === null)
    return (
      <EmptyState
        title={t('group.notFound')}
        action={
          <Button component={Link} to="/schedule/groups">
            {t('groups.title')}
          </Button>
        }
      />
    );

  const { group, sessions, enrollments, participants } = data;
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
    try {
      const outcome = await run((options) => enrollParticipants(groupId, ids, options), {
        waitingList: true,
      });
      if (!outcome) return false;
      notifySaved(enrollSummary(outcome, t));
      return true;
    } catch (e) {
      notifyError(e instanceof ScheduleInputError ? e.message : errorMessage(e));
      return false;
    }
  }

  async function remove(e: Enrollment, name: string) {
    const ok = await confirmDanger({
      title: e.status === 'waiting' ? t('people.removeWaitingTitle') : t('people.removeTitle'),
      message: t(e.status === 'waiting' ? 'people.removeWaitingText' : 'people.removeText', {
        name,
        group: group.name,
      }),
      confirmLabel: t('people.removeConfirm'),
    });
    if (!ok) return;
    const promoted = await removeEnrollment(e.id);
    notifySaved(
      promoted.length ? t('people.removedPromoted', { count: promoted.length }) : t('people.removed'),
    );
  }

  async function saveGroupFields() {
    try {
      const result = await run((options) => updateGroup(groupId, edit, options));
      if (result) {
        setEditOpen(false);
        notifySaved();
      }
    } catch (e) {
      notifyError(errorMessage(e));
    }
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
    try {
      await deleteGroup(groupId);
      notifySaved(t('group.deleted'));
      navigate('/schedule/groups');
    } catch (e) {
      notifyError(errorMessage(e));
    }
  }

  return (
    <>
      {dialog}
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
              onClick={() => setSessionsOpen(true)}
            >
              {t('group.addSessions')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconUsersGroup size={16} />}
              onClick={() => setClassOpen(true)}
            >
              {t('group.enrollClass')}
            </Button>
            <Button leftSection={<IconUserPlus size={16} />} onClick={() => setSearchOpen(true)}>
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
            onClick={() => {
              setEdit({ name: group.name, capacity: group.capacity, note: group.note });
              setEditOpen(true);
            }}
          >
            {t('group.edit')}
          </Button>
        </Group>

        <Paper withBorder p="md" radius="md">
          <Title order={2} fz="lg" mb="sm">
            {t('group.sessions')}
          </Title>
          <Table highlightOnHover aria-label={t('group.sessions')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('session.date')}</Table.Th>
                <Table.Th>{t('session.time')}</Table.Th>
                <Table.Th>{t('session.place')}</Table.Th>
                <Table.Th>{t('session.mentors')}</Table.Th>
                <Table.Th>{t('session.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.map((s) => {
                const cancelled = s.status === 'cancelled';
                return (
                  <Table.Tr
                    key={s.id}
                    className={cancelled ? 'is-cancelled' : undefined}
                    style={{ cursor: 'pointer' }}
                    tabIndex={0}
                    onClick={() => navigate(`/schedule/groups/${groupId}/sessions/${s.id}`)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') navigate(`/schedule/groups/${groupId}/sessions/${s.id}`);
                    }}
                  >
                    <Table.Td>
                      <Link
                        to={`/schedule/groups/${groupId}/sessions/${s.id}`}
                        onClick={(e) => e.stopPropagation()}
                      >
                        {t('session.title', { date: formatDate(s.date) })}
                      </Link>
                    </Table.Td>
                    <Table.Td>
                      {s.start}–{s.end}
                    </Table.Td>
                    <Table.Td>{placeLabel(lookups, s.placeId, s.onlineLink)}</Table.Td>
                    <Table.Td>{mentorsLabel(lookups, s.mentorIds)}</Table.Td>
                    <Table.Td>
                      {cancelled
                        ? `${t('session.cancelled')}${s.cancelReason ? `: ${s.cancelReason}` : ''}`
                        : t('session.planned')}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Paper>

        <Paper withBorder p="md" radius="md">
          <Title order={2} fz="lg" mb="sm">
            {t('group.enrolled')} ({enrolled.length})
          </Title>
          {enrolled.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('group.noneEnrolled')}
            </Text>
          ) : (
            <PeopleTable
              rows={enrolled}
              participants={participants}
              lookups={lookups}
              label={t('group.enrolled')}
              onRemove={(e, name) => void remove(e, name)}
              removeLabel={(name) => t('people.removeAria', { name })}
            />
          )}
        </Paper>

        {waiting.length > 0 && (
          <Paper withBorder p="md" radius="md">
            <Title order={2} fz="lg" mb="sm">
              {t('group.waiting')} ({waiting.length})
            </Title>
            <Text size="sm" c="dimmed" mb="xs">
              {t('group.waitingHint')}
            </Text>
            <PeopleTable
              rows={waiting}
              participants={participants}
              lookups={lookups}
              label={t('group.waiting')}
              onRemove={(e, name) => void remove(e, name)}
              removeLabel={(name) => t('people.removeWaitingAria', { name })}
            />
          </Paper>
        )}
        <Group justify="flex-end">
          <Button variant="subtle" color="red" onClick={() => void removeGroup()}>
            {t('group.delete')}
          </Button>
        </Group>
      </Stack>

      <EnrollSearchDialog
        opened={searchOpen}
        onClose={() => setSearchOpen(false)}
        onEnroll={enroll}
        lookups={lookups}
        presentIds={presentIds}
      />
      <EnrollClassDialog
        opened={classOpen}
        onClose={() => setClassOpen(false)}
        onEnroll={enroll}
        lookups={lookups}
      />
      <AddSessionsDialog
        opened={sessionsOpen}
        onClose={() => setSessionsOpen(false)}
        group={group}
        lookups={lookups}
        run={run}
      />
      <Modal opened={editOpen} onClose={() => setEditOpen(false)} title={t('group.edit')} centered>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void saveGroupFields();
          }}
        >
          <Stack gap="sm">
            <TextInput
              label={t('form.name')}
              value={edit.name}
              onChange={(e) => setEdit({ ...edit, name: e.currentTarget.value })}
              required
            />
            <NumberInput
              label={t('form.capacity')}
              value={edit.capacity}
              onChange={(v) => setEdit({ ...edit, capacity: typeof v === 'number' ? v : 0 })}
              min={1}
              max={1000}
              allowDecimal={false}
              required
            />
            <Textarea
              label={t('form.note')}
              value={edit.note}
              onChange={(e) => setEdit({ ...edit, note: e.currentTarget.value })}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setEditOpen(false)}>
                {t('form.cancel')}
              </Button>
              <Button type="submit">{t('group.saveGroup')}</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
