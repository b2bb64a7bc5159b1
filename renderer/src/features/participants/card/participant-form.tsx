import { useEffect } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { isRuleError } from '@shared/errors';
import { Alert, Button, Fieldset, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SEXES, type Participant } from '@shared/domain';
import {
  EMPTY_PARTICIPANT_FORM,
  participantSchema,
  type ParticipantFormValues,
  type ParticipantValues,
} from '@shared/participants/schemas';
import { formValuesOf } from '@shared/participants/stored-check';
import { fixNameLookalikes } from '@shared/text/lookalikes';
import { saveParticipant } from '../../../db/repos/participant-repo';
import {
  DateField,
  enumOptions,
  UnsavedChangesGuard,
  errorMessage,
  notifyError,
  useAction,
  withErrorWords,
} from '../../../ui';
import { HealthFields, PlatformFields, SchoolFields } from './participant-form-sections';

function toFormValues(p: Participant | undefined): ParticipantFormValues {
  return p ? formValuesOf(p) : EMPTY_PARTICIPANT_FORM;
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
  const { run } = useAction();
  const form = useForm<ParticipantFormValues, unknown, ParticipantValues>({
    resolver: withErrorWords(zodResolver(participantSchema)),
    defaultValues: toFormValues(participant),
  });
  const {
    register,
    control,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isDirty, isSubmitting },
  } = form;

  useEffect(() => {
    reset(toFormValues(participant));
  }, [participant, reset]);

  // Latin look-alike letters in the name are said before the save, which stores them in Cyrillic; a word
  // mixing scripts beyond look-alikes is left for the person to correct.
  const [lastName, firstName, middleName] = useWatch({
    control,
    name: ['lastName', 'firstName', 'middleName'],
  });
  const lookalikes = fixNameLookalikes({
    lastName: lastName ?? '',
    firstName: firstName ?? '',
    middleName: middleName ?? '',
  });

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
                  data={enumOptions('sex', SEXES)}
                  value={field.value}
                  onChange={(v) => field.onChange(v)}
                  clearable
                />
              )}
            />
            <TextInput label={t('form.contact')} {...register('contact')} error={errors.contact?.message} />
          </SimpleGrid>
          {(lookalikes.fixed > 0 || lookalikes.mixed.length > 0) && (
            <Alert
              color="orange"
              variant="light"
              mt="sm"
              role="status"
              aria-label={t('form.lookalikesLabel')}
            >
              {lookalikes.fixed > 0 && <div>{t('form.latinFixed', { count: lookalikes.fixed })}</div>}
              {lookalikes.mixed.length > 0 && (
                <div>{t('form.mixedScripts', { text: lookalikes.mixed.join(', ') })}</div>
              )}
            </Alert>
          )}
        </Fieldset>
        <SchoolFields form={form} />
        <PlatformFields form={form} />
        <HealthFields
          form={form}
          hasHealthConsent={hasHealthConsent}
          nosology={participant?.nosology ?? ''}
        />
        <Group>
          <Button type="submit" loading={isSubmitting}>
            {t('form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
