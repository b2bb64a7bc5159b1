import { useEffect, useMemo, useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Badge,
  Button,
  Center,
  Chip,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconArchive, IconArrowBackUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Mentor } from '@shared/domain';
import { EMPTY_MENTOR_FORM, mentorFormSchema, mentorToForm, type MentorFormValues } from '@shared/programs';
import { formatNumber } from '@shared/text/collation';
import { joinFio } from '@shared/text/fio';
import { matchesQuery, normalizeKey } from '@shared/text/normalize';
import { db } from '../../db';
import {
  deleteMentor,
  mentorInUseMessage,
  mentorReferences,
  saveMentor,
  setMentorArchived,
} from '../../db/repos/mentor-repo';
import {
  DataTable,
  EmptyState,
  errorMessage,
  notifyError,
  notifySaved,
  PageHeader,
  SearchInput,
  UnsavedChangesGuard,
  type Column,
} from '../../ui';
import { deleteOrArchive } from './delete-or-archive';
import { SectionTabs } from './section-tabs';
import { StickyActions } from './sticky-actions';

export function MentorListPage() {
  const { t } = useTranslation('programs');
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [showArchived, setShowArchived] = useState(false);
  const mentors = useLiveQuery(() => db.mentors.toArray(), []);
  const rows = useMemo(() => {
    const q = normalizeKey(query);
    return (mentors ?? []).filter(
      (m) =>
        (showArchived || !m.archived) &&
        matchesQuery(normalizeKey(`${joinFio(m)} ${m.profession} ${m.organization} ${m.position}`), q),
    );
  }, [mentors, query, showArchived]);

  const columns: Column<Mentor>[] = [
    {
      id: 'fio',
      header: t('mentors.columns.fio'),
      cell: (m) => (
        <Text size="sm" fw={500} lineClamp={1}>
          {joinFio(m)}
        </Text>
      ),
      sortValue: (m) => joinFio(m),
      width: '24%',
    },
    {
      id: 'position',
      header: t('mentors.columns.position'),
      cell: (m) => (
        <Text size="sm" lineClamp={1} title={m.position}>
          {m.position}
        </Text>
      ),
      sortValue: (m) => m.position,
    },
    {
      id: 'organization',
      header: t('mentors.columns.organization'),
      cell: (m) => (
        <Text size="sm" lineClamp={1} title={m.organization}>
          {m.organization}
        </Text>
      ),
      sortValue: (m) => m.organization,
    },
    {
      id: 'profession',
      header: t('mentors.columns.profession'),
      cell: (m) => (
        <Text size="sm" lineClamp={1} title={m.profession}>
          {m.profession}
        </Text>
      ),
      sortValue: (m) => m.profession,
    },
    {
      id: 'contacts',
      header: t('mentors.columns.contacts'),
      cell: (m) => (
        <Text size="sm" lineClamp={1}>
          {[m.phone, m.email].filter(Boolean).join(', ') || '—'}
        </Text>
      ),
      width: 200,
    },
    {
      id: 'status',
      header: t('columns.status'),
      cell: (m) =>
        m.archived ? (
          <Badge variant="light" color="gray" radius="sm">
            {t('archivedBadge')}
          </Badge>
        ) : null,
      sortValue: (m) => (m.archived ? 1 : 0),
      width: 90,
    },
  ];

  const newButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/programs/mentors/new')}>
      {t('mentors.new')}
    </Button>
  );
  const archivedCount = (mentors ?? []).filter((m) => m.archived).length;

  return (
    <>
      <PageHeader title={t('title')} actions={newButton} />
      <SectionTabs active="mentors" />
      {mentors && mentors.length === 0 ? (
        <EmptyState title={t('mentors.emptyTitle')} text={t('mentors.emptyText')} action={newButton} />
      ) : (
        <>
          <Group mb="sm" justify="space-between" wrap="nowrap">
            <Group gap="sm">
              <SearchInput value={query} onChange={setQuery} label={t('mentors.search')} />
              <Chip checked={showArchived} onChange={setShowArchived} size="sm" variant="outline">
                {t('showArchived', { count: archivedCount })}
              </Chip>
            </Group>
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('common:shown', {
                shown: formatNumber(rows.length),
                total: formatNumber(mentors?.length ?? 0),
              })}
            </Text>
          </Group>
          <DataTable
            rows={rows}
            columns={columns}
            rowKey={(m) => m.id}
            label={t('mentors.title')}
            initialSort={{ id: 'fio', dir: 'asc' }}
            onRowClick={(m) => navigate(`/programs/mentors/${m.id}`)}
            height="calc(100vh - 250px)"
          />
        </>
      )}
    </>
  );
}

export function MentorNewPage() {
  return <MentorFormPage mentor={null} />;
}

export function MentorEditPage() {
  const { t } = useTranslation('programs');
  const { id = '' } = useParams();
  const mentor = useLiveQuery(async () => (await db.mentors.get(id)) ?? null, [id]);
  if (mentor === undefined) {
    return (
      <Center h="50vh">
        <Loader aria-label={t('loading')} />
      </Center>
    );
  }
  if (mentor === null) {
    return (
      <EmptyState
        title={t('mentors.notFound')}
        action={
          <Button component={Link} to="/programs/mentors">
            {t('actions.toList')}
          </Button>
        }
      />
    );
  }
  return <MentorFormPage key={mentor.id} mentor={mentor} />;
}

function MentorFormPage({ mentor }: { mentor: Mentor | null }) {
  const { t } = useTranslation('programs');
  const navigate = useNavigate();
  const [leaveTo, setLeaveTo] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isDirty, isSubmitting },
  } = useForm<MentorFormValues>({
    resolver: zodResolver(mentorFormSchema),
    defaultValues: mentor ? mentorToForm(mentor) : EMPTY_MENTOR_FORM,
    mode: 'onSubmit',
  });

  useEffect(() => {
    if (leaveTo) navigate(leaveTo);
  }, [leaveTo, navigate]);

  const onSubmit = handleSubmit(async (values) => {
    try {
      const saved = await saveMentor(values, mentor?.id ?? null);
      reset(mentorToForm(saved));
      notifySaved(t('mentors.saved'));
      setLeaveTo('/programs/mentors');
    } catch (error) {
      notifyError(t('toast.notSaved', { reason: errorMessage(error) }));
    }
  });

  const name = mentor ? joinFio(mentor) : '';

  async function remove() {
    if (!mentor) return;
    const result = await deleteOrArchive({
      name,
      archived: mentor.archived,
      refusal: async () => {
        const refs = await mentorReferences(mentor.id);
        return refs.sessions + refs.programs > 0 ? mentorInUseMessage(refs) : null;
      },
      archive: () => setMentorArchived(mentor.id, true),
      remove: () => deleteMentor(mentor.id),
      deleteTitle: t('mentors.deleteTitle'),
      deleteText: t('mentors.deleteText', { name }),
      deleteLabel: t('mentors.deleteConfirm'),
    });
    if (result === 'deleted') setLeaveTo('/programs/mentors');
  }

  async function toggleArchive() {
    if (!mentor) return;
    try {
      await setMentorArchived(mentor.id, !mentor.archived);
      notifySaved(mentor.archived ? t('toast.restoredName', { name }) : t('toast.archivedName', { name }));
    } catch (error) {
      notifyError(errorMessage(error));
    }
  }

  const title = mentor ? name : t('mentors.newTitle');
  return (
    <>
      <UnsavedChangesGuard when={isDirty && !isSubmitting && leaveTo === null} />
      <PageHeader
        title={title}
        breadcrumbs={[
          { label: t('title'), to: '/programs' },
          { label: t('tabs.mentors'), to: '/programs/mentors' },
          { label: title },
        ]}
        description={mentor?.archived ? t('mentors.archivedNote') : undefined}
        actions={
          mentor ? (
            <>
              <Button
                variant="default"
                leftSection={mentor.archived ? <IconArrowBackUp size={16} /> : <IconArchive size={16} />}
                onClick={() => void toggleArchive()}
              >
                {mentor.archived ? t('actions.restore') : t('actions.archive')}
              </Button>
              <Button
                variant="light"
                color="red"
                leftSection={<IconTrash size={16} />}
                onClick={() => void remove()}
              >
                {t('actions.delete')}
              </Button>
            </>
          ) : undefined
        }
      />
      <form onSubmit={onSubmit} noValidate aria-label={t('mentors.formLabel')}>
        <Stack gap="md" maw={900}>
          <Paper withBorder p="lg" radius="md">
            <Title order={2} fz="md" fw={600} mb="sm">
              {t('mentors.sectionName')}
            </Title>
            <SimpleGrid cols={3}>
              <TextInput
                label={t('mentors.lastName')}
                withAsterisk
                {...register('lastName')}
                error={errors.lastName?.message}
              />
              <TextInput
                label={t('mentors.firstName')}
                withAsterisk
                {...register('firstName')}
                error={errors.firstName?.message}
              />
              <TextInput
                label={t('mentors.middleName')}
                {...register('middleName')}
                error={errors.middleName?.message}
              />
            </SimpleGrid>
          </Paper>
          <Paper withBorder p="lg" radius="md">
            <Title order={2} fz="md" fw={600} mb="sm">
              {t('mentors.sectionWork')}
            </Title>
            <Stack gap="sm">
              <SimpleGrid cols={2}>
                <TextInput
                  label={t('mentors.position')}
                  {...register('position')}
                  error={errors.position?.message}
                />
                <TextInput
                  label={t('mentors.profession')}
                  {...register('profession')}
                  error={errors.profession?.message}
                />
              </SimpleGrid>
              <TextInput
                label={t('mentors.organization')}
                description={t('mentors.organizationHint')}
                {...register('organization')}
                error={errors.organization?.message}
              />
            </Stack>
          </Paper>
          <Paper withBorder p="lg" radius="md">
            <Title order={2} fz="md" fw={600} mb="sm">
              {t('mentors.sectionContacts')}
            </Title>
            <SimpleGrid cols={2}>
              <TextInput
                label={t('mentors.phone')}
                type="tel"
                {...register('phone')}
                error={errors.phone?.message}
              />
              <TextInput
                label={t('mentors.email')}
                type="email"
                {...register('email')}
                error={errors.email?.message}
              />
            </SimpleGrid>
          </Paper>
          <StickyActions>
            <Button variant="default" component={Link} to="/programs/mentors">
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t('mentors.save')}
            </Button>
          </StickyActions>
        </Stack>
      </form>
    </>
  );
}
