import { useEffect, useMemo, useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Alert,
  Button,
  Center,
  Checkbox,
  Group,
  Loader,
  Menu,
  MultiSelect,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import {
  IconArchive,
  IconArrowBackUp,
  IconChevronDown,
  IconCopy,
  IconFileTypePdf,
  IconTrash,
} from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import {
  FORMAT_LABELS,
  FORMATS,
  LEVEL_LABELS,
  LEVELS,
  NOSOLOGIES,
  NOSOLOGY_LABELS,
  PROGRAM_STATUS_LABELS,
  PROGRAM_STATUSES,
  SPHERE_LABELS,
  SPHERES,
  type Program,
} from '@shared/domain';
import {
  academicHoursLabel,
  EMPTY_PROGRAM_FORM,
  PROGRAM_LIMITS,
  programFormSchema,
  programToForm,
  type ProgramFormValues,
} from '@shared/programs';
import { compareRu } from '@shared/text/collation';
import { joinFio } from '@shared/text/fio';
import { db } from '../../db';
import {
  archiveProgram,
  deleteProgram,
  duplicateProgram,
  ProgramInUseError,
  programReferences,
  ProgramTitleTakenError,
  restoreProgram,
  saveProgram,
} from '../../db/repos/program-repo';
import { renderPdf } from '../../lib/pdf';
import { platform } from '../../platform';
import {
  confirmDanger,
  EmptyState,
  errorMessage,
  notifyError,
  notifySaved,
  PageHeader,
  UnsavedChangesGuard,
} from '../../ui';
import { EquipmentEditor } from './equipment-editor';
import { NumberField, safeFileName } from './form-fields';
import { passportDocument } from './passport-pdf';
import { ProgramStatusBadge } from './program-list-page';
import { StickyActions } from './sticky-actions';

const FORM_ID = 'program-form';

export function ProgramNewPage() {
  return <ProgramFormPage program={null} />;
}

export function ProgramEditPage() {
  const { t } = useTranslation('programs');
  const { id = '' } = useParams();
  const program = useLiveQuery(async () => (await db.programs.get(id)) ?? null, [id]);
  if (program === undefined) {
    return (
      <Center h="50vh">
        <Loader aria-label={t('loading')} />
      </Center>
    );
  }
  if (program === null) {
    return (
      <>
        <PageHeader title={t('notFound.title')} breadcrumbs={[{ label: t('title'), to: '/programs' }]} />
        <EmptyState
          title={t('notFound.title')}
          text={t('notFound.text')}
          action={
            <Button component={Link} to="/programs">
              {t('actions.toList')}
            </Button>
          }
        />
      </>
    );
  }
  return <ProgramFormPage key={program.id} program={program} />;
}

function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-label={title}>
      <Title order={2} fz="md" fw={600} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** The programme form: a new programme (program null) or an existing one with its actions. */
function ProgramFormPage({ program }: { program: Program | null }) {
  const { t } = useTranslation('programs');
  const navigate = useNavigate();
  const mentors = useLiveQuery(() => db.mentors.toArray(), []);
  // Set when the page leaves on purpose (after creating or deleting), so the unsaved-changes guard stays quiet.
  const [leaveTo, setLeaveTo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const {
    register,
    control,
    handleSubmit,
    reset,
    resetField,
    setError,
    setFocus,
    formState: { errors, isDirty, isSubmitting, submitCount },
  } = useForm<ProgramFormValues>({
    resolver: zodResolver(programFormSchema),
    defaultValues: program ? programToForm(program) : EMPTY_PROGRAM_FORM,
    mode: 'onSubmit',
  });

  useEffect(() => {
    if (leaveTo) navigate(leaveTo);
  }, [leaveTo, navigate]);

  const [duration, ovzAdapted, completionMode] = useWatch({
    control,
    name: ['durationMinutes', 'ovzAdapted', 'completionMode'],
  });

  const mentorOptions = useMemo(
    () =>
      (mentors ?? [])
        .filter((m) => !m.archived || program?.mentorIds.includes(m.id))
        .sort((a, b) => compareRu(joinFio(a), joinFio(b)))
        .map((m) => ({
          value: m.id,
          label: [joinFio(m), m.profession].filter(Boolean).join(' — ') + (m.archived ? ' (архив)' : ''),
        })),
    [mentors, program],
  );

  const onSubmit = handleSubmit(async (values) => {
    try {
      const saved = await saveProgram(values, program?.id ?? null);
      reset(programToForm(saved));
      notifySaved(t('toast.saved', { title: saved.title }));
      if (!program) setLeaveTo(`/programs/${saved.id}`);
    } catch (error) {
      if (error instanceof ProgramTitleTakenError) {
        setError('title', { message: error.message });
        setFocus('title');
      } else {
        notifyError(t('toast.notSaved', { reason: errorMessage(error) }));
      }
    }
  });

  async function exportPassport() {
    if (!program) return;
    setBusy(true);
    try {
      const [stored, allMentors, venue] = await Promise.all([
        db.programs.get(program.id),
        db.mentors.toArray(),
        db.venue.get('venue'),
      ]);
      if (!stored) throw new Error(t('notFound.title'));
      const bytes = await renderPdf(passportDocument(stored, allMentors, venue));
      const saved = await platform.saveFile({
        suggestedName: `${safeFileName(`Паспорт программы — ${stored.title}`)}.pdf`,
        data: bytes,
        mimeType: 'application/pdf',
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (saved) notifySaved(isDirty ? t('toast.passportSavedDirty') : t('toast.passportSaved'));
    } catch (error) {
      notifyError(t('toast.passportFailed', { reason: errorMessage(error) }));
    } finally {
      setBusy(false);
    }
  }

  async function duplicate() {
    if (!program) return;
    try {
      const copy = await duplicateProgram(program.id);
      notifySaved(t('toast.duplicated', { title: copy.title }));
      navigate(`/programs/${copy.id}`);
    } catch (error) {
      notifyError(errorMessage(error));
    }
  }

  async function archive() {
    if (!program) return;
    const ok = await confirmDanger({
      title: t('archive.title'),
      message: t('archive.text', { title: program.title }),
      confirmLabel: t('archive.confirm'),
      danger: false,
    });
    if (!ok) return;
    try {
      await archiveProgram(program.id);
      resetField('status', { defaultValue: 'archived' });
      notifySaved(t('toast.archived'));
    } catch (error) {
      notifyError(errorMessage(error));
    }
  }

  async function restore() {
    if (!program) return;
    try {
      await restoreProgram(program.id);
      resetField('status', { defaultValue: 'active' });
      notifySaved(t('toast.restored'));
    } catch (error) {
      notifyError(errorMessage(error), t('toast.restoreFailed'));
    }
  }

  async function remove() {
    if (!program) return;
    const refs = await programReferences(program.id);
    if (refs.groups + refs.sessions + refs.certificates > 0) {
      const message = new ProgramInUseError(refs).message;
      if (program.status === 'archived') {
        await confirmDanger({
          title: t('delete.refusedTitle'),
          message,
          confirmLabel: t('delete.understood'),
          danger: false,
        });
        return;
      }
      const toArchive = await confirmDanger({
        title: t('delete.refusedTitle'),
        message,
        confirmLabel: t('archive.confirm'),
        danger: false,
      });
      if (!toArchive) return;
      await archiveProgram(program.id);
      resetField('status', { defaultValue: 'archived' });
      notifySaved(t('toast.archived'));
      return;
    }
    const ok = await confirmDanger({
      title: t('delete.title'),
      message: t('delete.text', { title: program.title }),
      confirmLabel: t('delete.confirm'),
    });
    if (!ok) return;
    try {
      await deleteProgram(program.id);
      notifySaved(t('toast.deleted'));
      setLeaveTo('/programs');
    } catch (error) {
      notifyError(errorMessage(error));
    }
  }

  const errorCount = Object.keys(errors).length;
  const saveButton = (
    <Button type="submit" form={FORM_ID} loading={isSubmitting}>
      {t('actions.save')}
    </Button>
  );

  const actions = program ? (
    <>
      <Button
        variant="default"
        leftSection={<IconFileTypePdf size={16} />}
        onClick={() => void exportPassport()}
        loading={busy}
      >
        {t('actions.passport')}
      </Button>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" rightSection={<IconChevronDown size={14} />}>
            {t('actions.more')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconCopy size={16} />} onClick={() => void duplicate()}>
            {t('actions.duplicate')}
          </Menu.Item>
          {program.status === 'archived' ? (
            <Menu.Item leftSection={<IconArrowBackUp size={16} />} onClick={() => void restore()}>
              {t('actions.restore')}
            </Menu.Item>
          ) : (
            <Menu.Item leftSection={<IconArchive size={16} />} onClick={() => void archive()}>
              {t('actions.archive')}
            </Menu.Item>
          )}
          <Menu.Divider />
          <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => void remove()}>
            {t('actions.delete')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </>
  ) : null;

  const enumOptions = <V extends string>(values: readonly V[], labels: Record<V, string>) =>
    values.map((v) => ({ value: v, label: labels[v] }));

  return (
    <>
      <UnsavedChangesGuard when={isDirty && !isSubmitting && leaveTo === null} />
      <PageHeader
        title={program ? program.title : t('new.title')}
        breadcrumbs={[
          { label: t('title'), to: '/programs' },
          { label: program ? program.title : t('new.title') },
        ]}
        description={
          program ? (
            <Group gap="xs" component="span">
              <ProgramStatusBadge status={program.status} />
              {program.status === 'archived' && (
                <Text span size="sm">
                  {t('archive.note')}
                </Text>
              )}
            </Group>
          ) : (
            t('new.text')
          )
        }
        actions={actions}
      />
      <form id={FORM_ID} onSubmit={onSubmit} noValidate aria-label={t('form.label')}>
        <Stack gap="md" maw={1100} pb="xl">
          <FormSection title={t('form.main')}>
            <Stack gap="sm">
              <TextInput
                label={t('form.title')}
                withAsterisk
                {...register('title')}
                error={errors.title?.message}
              />
              <SimpleGrid cols={2}>
                <TextInput
                  label={t('form.profession')}
                  withAsterisk
                  {...register('profession')}
                  error={errors.profession?.message}
                />
                <Controller
                  control={control}
                  name="sphere"
                  render={({ field }) => (
                    <Select
                      label={t('form.sphere')}
                      withAsterisk
                      data={enumOptions(SPHERES, SPHERE_LABELS)}
                      value={field.value}
                      onChange={(v) => v && field.onChange(v)}
                      allowDeselect={false}
                      error={errors.sphere?.message}
                    />
                  )}
                />
              </SimpleGrid>
              <SimpleGrid cols={3}>
                <Controller
                  control={control}
                  name="level"
                  render={({ field }) => (
                    <Select
                      label={t('form.level')}
                      withAsterisk
                      data={enumOptions(LEVELS, LEVEL_LABELS)}
                      value={field.value}
                      onChange={(v) => v && field.onChange(v)}
                      allowDeselect={false}
                      error={errors.level?.message}
                    />
                  )}
                />
                <Controller
                  control={control}
                  name="format"
                  render={({ field }) => (
                    <Select
                      label={t('form.format')}
                      withAsterisk
                      data={enumOptions(FORMATS, FORMAT_LABELS)}
                      value={field.value}
                      onChange={(v) => v && field.onChange(v)}
                      allowDeselect={false}
                      error={errors.format?.message}
                    />
                  )}
                />
                <Controller
                  control={control}
                  name="status"
                  render={({ field }) => (
                    <Select
                      label={t('form.status')}
                      withAsterisk
                      data={enumOptions(PROGRAM_STATUSES, PROGRAM_STATUS_LABELS)}
                      value={field.value}
                      onChange={(v) => v && field.onChange(v)}
                      allowDeselect={false}
                      error={errors.status?.message}
                    />
                  )}
                />
              </SimpleGrid>
            </Stack>
          </FormSection>

          <FormSection title={t('form.organisation')}>
            <Stack gap="md">
              <SimpleGrid cols={4}>
                <NumberField
                  control={control}
                  name="durationMinutes"
                  label={t('form.duration')}
                  withAsterisk
                  description={
                    typeof duration === 'number' && duration > 0
                      ? t('form.durationHours', { hours: academicHoursLabel(duration) })
                      : t('form.durationHint')
                  }
                  error={errors.durationMinutes?.message}
                />
                <NumberField
                  control={control}
                  name="gradeMin"
                  label={t('form.gradeMin')}
                  withAsterisk
                  description={t('form.gradeHint', {
                    min: PROGRAM_LIMITS.gradeMin,
                    max: PROGRAM_LIMITS.gradeMax,
                  })}
                  error={errors.gradeMin?.message}
                />
                <NumberField
                  control={control}
                  name="gradeMax"
                  label={t('form.gradeMax')}
                  withAsterisk
                  description={t('form.gradeHint', {
                    min: PROGRAM_LIMITS.gradeMin,
                    max: PROGRAM_LIMITS.gradeMax,
                  })}
                  error={errors.gradeMax?.message}
                />
                <NumberField
                  control={control}
                  name="maxGroupSize"
                  label={t('form.maxGroupSize')}
                  withAsterisk
                  description={t('form.groupHint', {
                    min: PROGRAM_LIMITS.groupMin,
                    max: PROGRAM_LIMITS.groupMax,
                  })}
                  error={errors.maxGroupSize?.message}
                />
              </SimpleGrid>
              <Controller
                control={control}
                name="completionMode"
                render={({ field }) => (
                  <Radio.Group
                    label={t('form.completion')}
                    description={t('form.completionHint')}
                    value={field.value}
                    onChange={(v) => field.onChange(v)}
                  >
                    <Group mt="xs" align="flex-start" gap="xl">
                      <Radio value="all" label={t('form.completionAll')} mt={8} />
                      <Group gap="sm" align="flex-start">
                        <Radio value="share" label={t('form.completionShare')} mt={8} />
                        <NumberField
                          control={control}
                          name="completionPercent"
                          aria-label={t('form.completionPercent')}
                          rightSection={<Text size="sm">%</Text>}
                          w={110}
                          disabled={completionMode !== 'share'}
                          error={errors.completionPercent?.message}
                        />
                      </Group>
                    </Group>
                  </Radio.Group>
                )}
              />
            </Stack>
          </FormSection>

          <FormSection title={t('form.ovz')}>
            <Stack gap="sm">
              <Controller
                control={control}
                name="ovzAdapted"
                render={({ field }) => (
                  <Switch
                    label={t('form.ovzAdapted')}
                    checked={field.value}
                    onChange={(e) => field.onChange(e.currentTarget.checked)}
                  />
                )}
              />
              {ovzAdapted && (
                <Controller
                  control={control}
                  name="nosologies"
                  render={({ field }) => (
                    <Checkbox.Group
                      label={t('form.nosologies')}
                      value={field.value}
                      onChange={field.onChange}
                      error={errors.nosologies?.message}
                    >
                      <SimpleGrid cols={2} mt="xs" spacing="xs">
                        {NOSOLOGIES.map((n) => (
                          <Checkbox key={n} value={n} label={NOSOLOGY_LABELS[n]} />
                        ))}
                      </SimpleGrid>
                    </Checkbox.Group>
                  )}
                />
              )}
            </Stack>
          </FormSection>

          <FormSection title={t('form.people')}>
            <SimpleGrid cols={2}>
              <TextInput label={t('form.author')} {...register('author')} error={errors.author?.message} />
              <Controller
                control={control}
                name="mentorIds"
                render={({ field }) => (
                  <MultiSelect
                    label={t('form.mentors')}
                    data={mentorOptions}
                    value={field.value}
                    onChange={field.onChange}
                    searchable
                    nothingFoundMessage={t('form.noMentors')}
                    placeholder={field.value.length === 0 ? t('form.mentorsPlaceholder') : undefined}
                  />
                )}
              />
            </SimpleGrid>
          </FormSection>

          <FormSection title={t('form.content')}>
            <Stack gap="sm">
              <Textarea
                label={t('form.description')}
                autosize
                minRows={3}
                maxRows={10}
                {...register('description')}
                error={errors.description?.message}
              />
              <Textarea
                label={t('form.task')}
                autosize
                minRows={3}
                maxRows={10}
                {...register('task')}
                error={errors.task?.message}
              />
              <Textarea
                label={t('form.criteria')}
                autosize
                minRows={3}
                maxRows={10}
                {...register('assessmentCriteria')}
                error={errors.assessmentCriteria?.message}
              />
              <Textarea
                label={t('form.mentorNotes')}
                autosize
                minRows={2}
                maxRows={10}
                {...register('mentorNotes')}
                error={errors.mentorNotes?.message}
              />
            </Stack>
          </FormSection>

          <FormSection title={t('form.equipment')}>
            <EquipmentEditor control={control} register={register} errors={errors.equipment} />
          </FormSection>

          {submitCount > 0 && errorCount > 0 && (
            <Alert color="red" variant="light" role="alert" title={t('form.invalidTitle')}>
              {t('form.invalidText')}
            </Alert>
          )}
          <StickyActions>
            {isDirty && (
              <Text size="sm" c="dimmed" mr="auto">
                {t('form.unsaved')}
              </Text>
            )}
            <Button variant="default" component={Link} to="/programs">
              {program ? t('actions.toList') : t('actions.cancel')}
            </Button>
            {saveButton}
          </StickyActions>
        </Stack>
      </form>
    </>
  );
}
