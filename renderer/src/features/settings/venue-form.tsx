import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Fieldset, Group, SimpleGrid, Stack, TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { VENUE_KINDS, type Venue } from '@shared/domain';
import { EMPTY_VENUE_FORM, venueFormSchema, type VenueFormValues } from '@shared/schemas/venue-schema';
import { saveVenueProfile } from '../../db/repos/venue-repo';
import {
  EnumSelect,
  enumLabel,
  errorMessage,
  notifyError,
  notifySaved,
  UnsavedChangesGuard,
  withErrorWords,
} from '../../ui';

function toFormValues(venue: Venue | undefined): VenueFormValues {
  if (!venue) return EMPTY_VENUE_FORM;
  const values = { ...EMPTY_VENUE_FORM };
  for (const key of Object.keys(EMPTY_VENUE_FORM) as (keyof VenueFormValues)[]) {
    // A profile saved before a field existed (the pupil-key secret) keeps the form's default for it.
    (values as Record<string, unknown>)[key] = venue[key] ?? EMPTY_VENUE_FORM[key];
  }
  return values;
}

/** The venue profile (first run and Настройки). Nothing is stored until every field is valid. */
export function VenueForm({
  venue,
  onSaved,
  guard = true,
}: {
  venue?: Venue;
  onSaved?: () => void;
  guard?: boolean;
}) {
  const { t } = useTranslation('settings');
  const {
    register,
    control,
    handleSubmit,
    reset,
    formState: { errors, isDirty, isSubmitting },
  } = useForm<VenueFormValues>({
    resolver: withErrorWords(zodResolver(venueFormSchema)),
    defaultValues: toFormValues(venue),
    mode: 'onSubmit',
  });

  useEffect(() => {
    reset(toFormValues(venue));
  }, [venue, reset]);

  const onSubmit = handleSubmit(async (values) => {
    try {
      const saved = await saveVenueProfile(values);
      reset(toFormValues(saved));
      notifySaved(t('venue.saved'));
      onSaved?.();
    } catch (error) {
      notifyError(t('venue.notSaved', { reason: errorMessage(error) }));
    }
  });

  /** One text field of the profile: its label from the locale, its error next to it. */
  const field = (name: Exclude<keyof VenueFormValues, 'kind'>, props: Partial<TextInputProps> = {}) => (
    <TextInput
      label={t(`venue.fields.${name}`)}
      {...props}
      {...register(name)}
      error={errors[name]?.message}
    />
  );
  const numeric = { inputMode: 'numeric' } as const;

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('tabs.venue')}>
      {guard && <UnsavedChangesGuard when={isDirty && !isSubmitting} />}
      <Stack gap="md">
        <Fieldset legend={t('venue.organisation')}>
          <Stack gap="sm">
            {field('fullName', { withAsterisk: true })}
            <SimpleGrid cols={2}>
              {field('shortName', { withAsterisk: true })}
              <EnumSelect
                control={control}
                name="kind"
                label={t('venue.fields.kind')}
                withAsterisk
                values={VENUE_KINDS}
                optionLabel={(k) => enumLabel('venueKind', k)}
                error={errors.kind?.message}
              />
            </SimpleGrid>
            <SimpleGrid cols={3}>
              {field('inn', numeric)}
              {field('ogrn', numeric)}
              {field('oktmo', numeric)}
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <Fieldset legend={t('venue.address')}>
          <Stack gap="sm">
            <SimpleGrid cols={3}>
              {field('region')}
              {field('municipality')}
              {field('town')}
            </SimpleGrid>
            {field('address')}
          </Stack>
        </Fieldset>
        <Fieldset legend={t('venue.people')}>
          <Stack gap="sm">
            <SimpleGrid cols={2}>
              {field('directorName', { withAsterisk: true })}
              {field('directorPosition')}
            </SimpleGrid>
            <SimpleGrid cols={3}>
              {field('coordinatorName')}
              {field('coordinatorPhone')}
              {field('coordinatorEmail')}
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <Fieldset legend={t('venue.platform')}>
          <SimpleGrid cols={2}>
            {field('platformId')}
            {field('certificatePrefix', { withAsterisk: true, description: t('venue.prefixHint') })}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('venue.consolidation')}>
          <SimpleGrid cols={2}>
            <TextInput
              label={t('venue.fields.venueId')}
              description={t('venue.venueIdHint')}
              value={venue?.venueId ?? ''}
              placeholder={t('venue.venueIdPending')}
              readOnly
            />
            {field('pupilKeySecret', { description: t('venue.pupilKeySecretHint'), autoComplete: 'off' })}
          </SimpleGrid>
        </Fieldset>
        <Group justify="flex-end">
          <Button type="submit" loading={isSubmitting}>
            {t('venue.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
