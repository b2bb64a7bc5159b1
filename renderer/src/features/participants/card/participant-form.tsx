import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { isRuleError } from '@shared/errors';
import { Button, Checkbox, Fieldset, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  SEXES,
  SEX_LABELS,
  VERIFICATION_LABELS,
  VERIFICATION_STATUSES,
  type Participant,
} from '@shared/domain';
import {
  EMPTY_PARTICIPANT_FORM,
  participantSchema,
  type ParticipantFormValues,
  type ParticipantValues,
} from '@shared/participants/schemas';
import { schoolLabel } from '@shared/participants/build';
import { compareRu } from '@shared/text/collation';
import { saveParticipant } from '../../../db/repos/participant-repo';
import {
  DateField,
  UnsavedChangesGuard,
  errorMessage,
  notifyError,
  useAction,
  withErrorWords,
} from '../../../ui';
import { useSchools } from '../use-schools';

function toFormValues(p: Participant | undefined): ParticipantFormValues {
  if (!p) return EMPTY_PARTICIPANT_FORM;
  return {
    lastName: p.lastName,
    firstName: p.firstName,
    middleName: p.middleName,
    birthDate: p.birthDate,
    sex: p.sex,
    schoolId: p.schoolId,
    grade: p.grade,
    classLetter: p.classLetter,
    contact: p.contact,
    hasDisability: p.hasDisability,
    nosology: p.nosology,
    platformId: p.platformId ?? '',
    verification: p.verification,
  };
}

/**
 * The participant's data. ОВЗ and nosology are refused by the repository without a valid health consent;
 * the refusal is shown next to the ОВЗ field.
 */
export function ParticipantForm({
  participant,
  hasHealthConsent,
  onSaved,
}: {
  participant?: Participant;
  hasHealthConsent: boolean;
  onSaved?: (p: Participant) => void;
}) {
  const { t } = useTranslation('participants');
  const schools = useSchools();
  const { run } = useAction();
  const {
    register,
    control,
    handleSubmit,
    reset,
    setError,
    watch,
    formState: { errors, isDirty, isSubmitting },
  } = useForm<ParticipantFormValues, unknown, ParticipantValues>({
    resolver: withErrorWords(zodResolver(participantSchema)),
    defaultValues: toFormValues(participant),
  });

  useEffect(() => {
    reset(toFormValues(participant));
  }, [participant, reset]);

  const hasDisability = watch('hasDisability');

  const onSubmit = handleSubmit(async (values) => {
    const saved = await run(() => saveParticipant(values, participant?.id ?? null), {
      success: t('form.saved'),
      // A refusal about one field (a duplicate, health data without consent) is shown next to that field.
      onError: (error) => {
        if (isRuleError(error) && error.field)
          setError(error.field as keyof ParticipantFormValues, { message: errorMessage(error) });
        else notifyError(t('form.notSaved', { reason: errorMessage(error) }));
      },
    });
    if (!saved) return;
    reset(toFormValues(saved));
    onSaved?.(saved);
  });

  const schoolOptions = [...(schools ?? [])]
    .sort((a, b) => compareRu(schoolLabel(a), schoolLabel(b)))
    .map((s) => ({ value: s.id, label: schoolLabel(s) }));

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('form.label')}>
      <UnsavedChangesGuard when={isDirty && !isSubmitting} />
      <Stack gap="md" maw={900}>
        <Fieldset legend={t('form.person')}>
          <SimpleGrid cols={3}>
            <TextInput
              label={t('form.lastName')}
              withAsterisk
              {...register('lastName')}
              error={errors.lastName?.message}
            />
            <TextInput
              label={t('form.firstName')}
              withAsterisk
              {...register('firstName')}
              error={errors.firstName?.message}
            />
            <TextInput
              label={t('form.middleName')}
              {...register('middleName')}
              error={errors.middleName?.message}
            />
            <Controller
              control={control}
              name="birthDate"
              render={({ field }) => (
                <DateField
                  label={t('form.birthDate')}
                  value={field.value}
                  onChange={field.onChange}
                  error={errors.birthDate?.message}
                />
              )}
            />
            <Controller
              control={control}
              name="sex"
              render={({ field }) => (
                <Select
                  label={t('form.sex')}
                  data={SEXES.map((s) => ({ value: s, label: SEX_LABELS[s] }))}
                  value={field.value}
                  onChange={(v) => field.onChange(v)}
                  clearable
                />
              )}
            />
            <TextInput label={t('form.contact')} {...register('contact')} error={errors.contact?.message} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('form.schoolSection')}>
          <SimpleGrid cols={3}>
            <Controller
              control={control}
              name="schoolId"
              render={({ field }) => (
                <Select
                  label={t('form.school')}
                  data={schoolOptions}
                  value={field.value}
                  onChange={(v) => field.onChange(v)}
                  searchable
                  clearable
                  nothingFoundMessage={t('form.noSchool')}
                />
              )}
            />
            <Controller
              control={control}
              name="grade"
              render={({ field }) => (
                <Select
                  label={t('form.grade')}
                  data={Array.from({ length: 11 }, (_, i) => String(i + 1))}
                  value={field.value === null || field.value === undefined ? null : String(field.value)}
                  onChange={(v) => field.onChange(v ? Number(v) : null)}
                  clearable
                  error={errors.grade?.message}
                />
              )}
            />
            <TextInput
              label={t('form.classLetter')}
              maxLength={1}
              {...register('classLetter')}
              error={errors.classLetter?.message}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('form.platform')}>
          <SimpleGrid cols={3}>
            <TextInput
              label={t('form.platformId')}
              {...register('platformId')}
              error={errors.platformId?.message}
            />
            <Controller
              control={control}
              name="verification"
              render={({ field }) => (
                <Select
                  label={t('form.verification')}
                  data={VERIFICATION_STATUSES.map((s) => ({ value: s, label: VERIFICATION_LABELS[s] }))}
                  value={field.value}
                  onChange={(v) => field.onChange(v)}
                  clearable
                />
              )}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('form.health')}>
          <Stack gap="sm">
            <Checkbox
              label={t('form.hasDisability')}
              description={hasHealthConsent || errors.hasDisability ? undefined : t('form.healthHint')}
              {...register('hasDisability')}
              error={errors.hasDisability?.message}
            />
            {(hasDisability || participant?.nosology) && (
              <TextInput
                label={t('form.nosology')}
                {...register('nosology')}
                error={errors.nosology?.message}
              />
            )}
          </Stack>
        </Fieldset>
        <Group>
          <Button type="submit" loading={isSubmitting}>
            {t('form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
