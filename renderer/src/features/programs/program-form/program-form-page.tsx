import { useEffect, useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Program } from '@shared/domain';
import { isRuleError } from '@shared/errors';
import {
  EMPTY_PROGRAM_FORM,
  programFormSchema,
  programToForm,
  type ProgramFormValues,
} from '@shared/programs';
import { saveProgram } from '../../../db/repos/program-repo';
import {
  errorMessage,
  notifyError,
  notifySaved,
  PageHeader,
  RecordPage,
  UnsavedChangesGuard,
  useAction,
  withErrorWords,
} from '../../../ui';
import { ProgramStatusBadge } from '../program-ui';
import { StickyActions } from '../sticky-actions';
import { useProgram } from '../use-programs';
import { ContentSection, EquipmentSection } from './content-section';
import { MainSection } from './main-section';
import { OrganisationSection } from './organisation-section';
import { OvzSection } from './ovz-section';
import { PeopleSection } from './people-section';
import { ProgramActions } from './program-actions';

const FORM_ID = 'program-form';
const resolver = withErrorWords(zodResolver(programFormSchema));

export function ProgramNewPage() {
  return <ProgramFormPage program={null} />;
}

export function ProgramEditPage() {
  const { t } = useTranslation('programs');
  const { id = '' } = useParams();
  const program = useProgram(id);
  return (
    <RecordPage
      record={program}
      notFoundTitle={t('notFound.title')}
      notFoundText={t('notFound.text')}
      breadcrumbs={[{ label: t('title'), to: '/programs' }]}
    >
      {(found) => <ProgramFormPage key={found.id} program={found} />}
    </RecordPage>
  );
}

/** The programme form: a new programme (program null) or an existing one with its actions. */
function ProgramFormPage({ program }: { program: Program | null }) {
  const { t } = useTranslation('programs');
  const navigate = useNavigate();
  const save = useAction();
  // Set when the page leaves on purpose (after creating or deleting), so the unsaved-changes guard stays quiet.
  const [leaveTo, setLeaveTo] = useState<string | null>(null);
  const form = useForm<ProgramFormValues>({
    resolver,
    defaultValues: program ? programToForm(program) : EMPTY_PROGRAM_FORM,
    mode: 'onSubmit',
  });
  const { errors, isDirty, isSubmitting, submitCount } = form.formState;

  useEffect(() => {
    if (leaveTo) navigate(leaveTo);
  }, [leaveTo, navigate]);

  const onSubmit = form.handleSubmit(async (values) => {
    const saved = await save.run(() => saveProgram(values, program?.id ?? null), {
      onError: (error) => {
        // A refusal that belongs to a field (the title is taken) is shown next to it.
        if (isRuleError(error) && error.field === 'title') {
          form.setError('title', { message: errorMessage(error) });
          form.setFocus('title');
        } else {
          notifyError(t('toast.notSaved', { reason: errorMessage(error) }));
        }
      },
    });
    if (!saved) return;
    form.reset(programToForm(saved));
    notifySaved(t('toast.saved', { title: saved.title }));
    if (!program) setLeaveTo(`/programs/${saved.id}`);
  });

  const title = program ? program.title : t('new.title');
  return (
    <>
      <UnsavedChangesGuard when={isDirty && !isSubmitting && leaveTo === null} />
      <PageHeader
        title={title}
        breadcrumbs={[{ label: t('title'), to: '/programs' }, { label: title }]}
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
        actions={
          program ? (
            <ProgramActions
              program={program}
              dirty={isDirty}
              onStatus={(status) => form.resetField('status', { defaultValue: status })}
              onDeleted={() => setLeaveTo('/programs')}
            />
          ) : null
        }
      />
      <form id={FORM_ID} onSubmit={onSubmit} noValidate aria-label={t('form.label')}>
        <Stack gap="md" maw={1100} pb="xl">
          <MainSection form={form} />
          <OrganisationSection form={form} />
          <OvzSection form={form} />
          <PeopleSection form={form} program={program} />
          <ContentSection form={form} />
          <EquipmentSection form={form} />
          {submitCount > 0 && Object.keys(errors).length > 0 && (
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
            <Button type="submit" form={FORM_ID} loading={isSubmitting}>
              {t('actions.save')}
            </Button>
          </StickyActions>
        </Stack>
      </form>
    </>
  );
}
