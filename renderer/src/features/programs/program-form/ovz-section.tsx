import { Checkbox, SimpleGrid, Stack, Switch } from '@mantine/core';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { NOSOLOGIES } from '@shared/domain';
import type { ProgramFormValues } from '@shared/programs';
import { enumLabel, FormSection } from '../../../ui';

/** Whether the programme is adapted for pupils with special needs, and for which nosologies. */
export function OvzSection({ form }: { form: UseFormReturn<ProgramFormValues> }) {
  const { t } = useTranslation('programs');
  const {
    control,
    formState: { errors },
  } = form;
  const ovzAdapted = useWatch({ control, name: 'ovzAdapted' });
  return (
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
                    <Checkbox key={n} value={n} label={enumLabel('nosology', n)} />
                  ))}
                </SimpleGrid>
              </Checkbox.Group>
            )}
          />
        )}
      </Stack>
    </FormSection>
  );
}
