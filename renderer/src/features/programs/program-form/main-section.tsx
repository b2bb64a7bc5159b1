import { SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FORMATS, LEVELS, PROGRAM_STATUSES, SPHERES } from '@shared/domain';
import type { ProgramFormValues } from '@shared/programs';
import { enumLabel, EnumSelect, FormSection } from '../../../ui';

/** Title, profession and the four classifications of a programme. */
export function MainSection({ form }: { form: UseFormReturn<ProgramFormValues> }) {
  const { t } = useTranslation('programs');
  const {
    register,
    control,
    formState: { errors },
  } = form;
  return (
    <FormSection title={t('form.main')}>
      <Stack gap="sm">
        <TextInput
          label={t('form.title')}
          withAsterisk
          {...register('title')}
          error={errors.title?.message}
        />
        <TextInput
          label={t('form.platformName')}
          description={t('form.platformNameHint')}
          {...register('platformName')}
          error={errors.platformName?.message}
        />
        <SimpleGrid cols={2}>
          <TextInput
            label={t('form.profession')}
            withAsterisk
            {...register('profession')}
            error={errors.profession?.message}
          />
          <EnumSelect
            control={control}
            name="sphere"
            values={SPHERES}
            optionLabel={(v) => enumLabel('sphere', v)}
            label={t('form.sphere')}
            withAsterisk
            error={errors.sphere?.message}
          />
        </SimpleGrid>
        <SimpleGrid cols={3}>
          <EnumSelect
            control={control}
            name="level"
            values={LEVELS}
            optionLabel={(v) => enumLabel('level', v)}
            label={t('form.level')}
            withAsterisk
            error={errors.level?.message}
          />
          <EnumSelect
            control={control}
            name="format"
            values={FORMATS}
            optionLabel={(v) => enumLabel('format', v)}
            label={t('form.format')}
            withAsterisk
            error={errors.format?.message}
          />
          <EnumSelect
            control={control}
            name="status"
            values={PROGRAM_STATUSES}
            optionLabel={(v) => enumLabel('programStatus', v)}
            label={t('form.status')}
            withAsterisk
            error={errors.status?.message}
          />
        </SimpleGrid>
      </Stack>
    </FormSection>
  );
}
