import { Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PROGRAM_LIMITS, type ProgramFormValues } from '@shared/programs';
import { FormSection } from '../../../ui';
import { NumberField } from '../form-fields';
import { useHoursLabel } from '../program-ui';

/** Duration, grades, group size and the completion rule. */
export function OrganisationSection({ form }: { form: UseFormReturn<ProgramFormValues> }) {
  const { t } = useTranslation('programs');
  const hours = useHoursLabel();
  const {
    control,
    formState: { errors },
  } = form;
  const [duration, completionMode] = useWatch({ control, name: ['durationMinutes', 'completionMode'] });
  const gradeHint = t('form.gradeHint', { min: PROGRAM_LIMITS.gradeMin, max: PROGRAM_LIMITS.gradeMax });
  return (
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
                ? t('form.durationHours', { hours: hours(duration) })
                : t('form.durationHint')
            }
            error={errors.durationMinutes?.message}
          />
          <NumberField
            control={control}
            name="gradeMin"
            label={t('form.gradeMin')}
            withAsterisk
            description={gradeHint}
            error={errors.gradeMin?.message}
          />
          <NumberField
            control={control}
            name="gradeMax"
            label={t('form.gradeMax')}
            withAsterisk
            description={gradeHint}
            error={errors.gradeMax?.message}
          />
          <NumberField
            control={control}
            name="maxGroupSize"
            label={t('form.maxGroupSize')}
            withAsterisk
            description={t('form.groupHint', { min: PROGRAM_LIMITS.groupMin, max: PROGRAM_LIMITS.groupMax })}
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
  );
}
