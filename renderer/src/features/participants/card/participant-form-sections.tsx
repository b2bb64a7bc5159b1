import { Checkbox, Fieldset, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { VERIFICATION_STATUSES } from '@shared/domain';
import { schoolLabel } from '@shared/participants/build';
import type { ParticipantFormValues, ParticipantValues } from '@shared/participants/schemas';
import { compareRu } from '@shared/text/collation';
import { enumOptions } from '../../../ui';
import { useSchools } from '../use-schools';

type Form = UseFormReturn<ParticipantFormValues, unknown, ParticipantValues>;

/** «Школа и класс»: the school among the stored ones, the grade and the class letter. */
export function SchoolFields({ form }: { form: Form }) {
  const { t } = useTranslation('participants');
  const schools = useSchools();
  const {
    register,
    control,
    formState: { errors },
  } = form;
  const schoolOptions = [...(schools ?? [])]
    .sort((a, b) => compareRu(schoolLabel(a), schoolLabel(b)))
    .map((s) => ({ value: s.id, label: schoolLabel(s) }));
  return (
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
  );
}

/** «Федеральная платформа»: the platform id and the verification status. */
export function PlatformFields({ form }: { form: Form }) {
  const { t } = useTranslation('participants');
  const {
    register,
    control,
    formState: { errors },
  } = form;
  return (
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
              data={enumOptions('verification', VERIFICATION_STATUSES)}
              value={field.value}
              onChange={(v) => field.onChange(v)}
              clearable
            />
          )}
        />
      </SimpleGrid>
    </Fieldset>
  );
}

/** Health data (a special category): kept only next to a valid health consent, which the hint recalls. */
export function HealthFields({
  form,
  hasHealthConsent,
  nosology,
}: {
  form: Form;
  hasHealthConsent: boolean;
  /** The stored nosology: its field stays visible while there is one, even with ОВЗ unticked. */
  nosology: string;
}) {
  const { t } = useTranslation('participants');
  const {
    register,
    watch,
    formState: { errors },
  } = form;
  const hasDisability = watch('hasDisability');
  return (
    <Fieldset legend={t('form.health')}>
      <Stack gap="sm">
        <Checkbox
          label={t('form.hasDisability')}
          description={hasHealthConsent || errors.hasDisability ? undefined : t('form.healthHint')}
          {...register('hasDisability')}
          error={errors.hasDisability?.message}
        />
        {(hasDisability || nosology) && (
          <TextInput label={t('form.nosology')} {...register('nosology')} error={errors.nosology?.message} />
        )}
      </Stack>
    </Fieldset>
  );
}
