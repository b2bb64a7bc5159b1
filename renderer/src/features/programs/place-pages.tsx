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
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconArchive, IconArrowBackUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PLACE_KIND_LABELS, PLACE_KINDS, type Place } from '@shared/domain';
import {
  EMPTY_PLACE_FORM,
  PLACE_CAPACITY_MAX,
  placeFormSchema,
  placeToForm,
  type PlaceFormValues,
} from '@shared/programs';
import { formatNumber } from '@shared/text/collation';
import { matchesQuery, normalizeKey } from '@shared/text/normalize';
import { db } from '../../db';
import {
  deletePlace,
  PlaceInUseError,
  placeReferences,
  savePlace,
  setPlaceArchived,
} from '../../db/repos/place-repo';
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
import { NumberField } from './form-fields';
import { SectionTabs } from './section-tabs';
import { StickyActions } from './sticky-actions';

export function PlaceListPage() {
  const { t } = useTranslation('programs');
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [showArchived, setShowArchived] = useState(false);
  const places = useLiveQuery(() => db.places.toArray(), []);
  const rows = useMemo(() => {
    const q = normalizeKey(query);
    return (places ?? []).filter(
      (p) =>
        (showArchived || !p.archived) &&
        matchesQuery(normalizeKey(`${p.name} ${p.address} ${PLACE_KIND_LABELS[p.kind]}`), q),
    );
  }, [places, query, showArchived]);

  const columns: Column<Place>[] = [
    {
      id: 'name',
      header: t('places.columns.name'),
      cell: (p) => (
        <Text size="sm" fw={500} lineClamp={1} title={p.name}>
          {p.name}
        </Text>
      ),
      sortValue: (p) => p.name,
      width: '34%',
    },
    {
      id: 'kind',
      header: t('places.columns.kind'),
      cell: (p) => <Text size="sm">{PLACE_KIND_LABELS[p.kind]}</Text>,
      sortValue: (p) => PLACE_KIND_LABELS[p.kind],
      width: 130,
    },
    {
      id: 'capacity',
      header: t('places.columns.capacity'),
      cell: (p) => <Text size="sm">{p.capacity === null ? '—' : formatNumber(p.capacity)}</Text>,
      sortValue: (p) => p.capacity,
      width: 120,
      align: 'right',
    },
    {
      id: 'where',
      header: t('places.columns.where'),
      cell: (p) => (
        <Text size="sm" lineClamp={1} title={p.kind === 'online' ? p.link : p.address}>
          {(p.kind === 'online' ? p.link : p.address) || '—'}
        </Text>
      ),
      sortValue: (p) => (p.kind === 'online' ? p.link : p.address),
    },
    {
      id: 'status',
      header: t('columns.status'),
      cell: (p) =>
        p.archived ? (
          <Badge variant="light" color="gray" radius="sm">
            {t('archivedBadge')}
          </Badge>
        ) : null,
      sortValue: (p) => (p.archived ? 1 : 0),
      width: 90,
    },
  ];

  const newButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/programs/places/new')}>
      {t('places.new')}
    </Button>
  );
  const archivedCount = (places ?? []).filter((p) => p.archived).length;

  return (
    <>
      <PageHeader title={t('title')} actions={newButton} />
      <SectionTabs active="places" />
      {places && places.length === 0 ? (
        <EmptyState title={t('places.emptyTitle')} text={t('places.emptyText')} action={newButton} />
      ) : (
        <>
          <Group mb="sm" justify="space-between" wrap="nowrap">
            <Group gap="sm">
              <SearchInput value={query} onChange={setQuery} label={t('places.search')} />
              <Chip checked={showArchived} onChange={setShowArchived} size="sm" variant="outline">
                {t('showArchived', { count: archivedCount })}
              </Chip>
            </Group>
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('common:shown', {
                shown: formatNumber(rows.length),
                total: formatNumber(places?.length ?? 0),
              })}
            </Text>
          </Group>
          <DataTable
            rows={rows}
            columns={columns}
            rowKey={(p) => p.id}
            label={t('places.title')}
            initialSort={{ id: 'name', dir: 'asc' }}
            onRowClick={(p) => navigate(`/programs/places/${p.id}`)}
            height="calc(100vh - 250px)"
          />
        </>
      )}
    </>
  );
}

export function PlaceNewPage() {
  return <PlaceFormPage place={null} />;
}

export function PlaceEditPage() {
  const { t } = useTranslation('programs');
  const { id = '' } = useParams();
  const place = useLiveQuery(async () => (await db.places.get(id)) ?? null, [id]);
  if (place === undefined) {
    return (
      <Center h="50vh">
        <Loader aria-label={t('loading')} />
      </Center>
    );
  }
  if (place === null) {
    return (
      <EmptyState
        title={t('places.notFound')}
        action={
          <Button component={Link} to="/programs/places">
            {t('actions.toList')}
          </Button>
        }
      />
    );
  }
  return <PlaceFormPage key={place.id} place={place} />;
}

function PlaceFormPage({ place }: { place: Place | null }) {
  const { t } = useTranslation('programs');
  const navigate = useNavigate();
  const [leaveTo, setLeaveTo] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    reset,
    formState: { errors, isDirty, isSubmitting },
  } = useForm<PlaceFormValues>({
    resolver: zodResolver(placeFormSchema),
    defaultValues: place ? placeToForm(place) : EMPTY_PLACE_FORM,
    mode: 'onSubmit',
  });
  const kind = useWatch({ control, name: 'kind' });

  useEffect(() => {
    if (leaveTo) navigate(leaveTo);
  }, [leaveTo, navigate]);

  const onSubmit = handleSubmit(async (values) => {
    try {
      const saved = await savePlace(values, place?.id ?? null);
      reset(placeToForm(saved));
      notifySaved(t('places.saved'));
      setLeaveTo('/programs/places');
    } catch (error) {
      notifyError(t('toast.notSaved', { reason: errorMessage(error) }));
    }
  });

  const name = place?.name ?? '';

  async function remove() {
    if (!place) return;
    const result = await deleteOrArchive({
      name,
      archived: place.archived,
      refusal: async () => {
        const sessions = await placeReferences(place.id);
        return sessions > 0 ? new PlaceInUseError(sessions).message : null;
      },
      archive: () => setPlaceArchived(place.id, true),
      remove: () => deletePlace(place.id),
      deleteTitle: t('places.deleteTitle'),
      deleteText: t('places.deleteText', { name }),
      deleteLabel: t('places.deleteConfirm'),
    });
    if (result === 'deleted') setLeaveTo('/programs/places');
  }

  async function toggleArchive() {
    if (!place) return;
    try {
      await setPlaceArchived(place.id, !place.archived);
      notifySaved(place.archived ? t('toast.restoredName', { name }) : t('toast.archivedName', { name }));
    } catch (error) {
      notifyError(errorMessage(error));
    }
  }

  const title = place ? name : t('places.newTitle');
  return (
    <>
      <UnsavedChangesGuard when={isDirty && !isSubmitting && leaveTo === null} />
      <PageHeader
        title={title}
        breadcrumbs={[
          { label: t('title'), to: '/programs' },
          { label: t('tabs.places'), to: '/programs/places' },
          { label: title },
        ]}
        description={place?.archived ? t('places.archivedNote') : undefined}
        actions={
          place ? (
            <>
              <Button
                variant="default"
                leftSection={place.archived ? <IconArrowBackUp size={16} /> : <IconArchive size={16} />}
                onClick={() => void toggleArchive()}
              >
                {place.archived ? t('actions.restore') : t('actions.archive')}
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
      <form onSubmit={onSubmit} noValidate aria-label={t('places.formLabel')}>
        <Stack gap="md" maw={900}>
          <Paper withBorder p="lg" radius="md">
            <Title order={2} fz="md" fw={600} mb="sm">
              {t('places.section')}
            </Title>
            <Stack gap="sm">
              <TextInput
                label={t('places.name')}
                withAsterisk
                description={t('places.nameHint')}
                {...register('name')}
                error={errors.name?.message}
              />
              <SimpleGrid cols={2}>
                <Controller
                  control={control}
                  name="kind"
                  render={({ field }) => (
                    <Select
                      label={t('places.kind')}
                      withAsterisk
                      description={t('places.kindHint')}
                      data={PLACE_KINDS.map((k) => ({ value: k, label: PLACE_KIND_LABELS[k] }))}
                      value={field.value}
                      onChange={(v) => v && field.onChange(v)}
                      allowDeselect={false}
                      error={errors.kind?.message}
                    />
                  )}
                />
                <NumberField
                  control={control}
                  name="capacity"
                  label={t('places.capacity')}
                  description={t('places.capacityHint', { max: PLACE_CAPACITY_MAX })}
                  error={errors.capacity?.message}
                />
              </SimpleGrid>
              {kind !== 'online' && (
                <TextInput
                  label={t('places.address')}
                  description={t('places.addressHint')}
                  {...register('address')}
                  error={errors.address?.message}
                />
              )}
              <TextInput
                label={t('places.link')}
                withAsterisk={kind === 'online'}
                description={t('places.linkHint')}
                placeholder="https://"
                {...register('link')}
                error={errors.link?.message}
              />
            </Stack>
          </Paper>
          <StickyActions>
            <Button variant="default" component={Link} to="/programs/places">
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t('places.save')}
            </Button>
          </StickyActions>
        </Stack>
      </form>
    </>
  );
}
