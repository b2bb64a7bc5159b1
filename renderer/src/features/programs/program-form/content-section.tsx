import { Stack, Textarea } from '@mantine/core';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ProgramFormValues } from '@shared/programs';
import { FormSection } from '../../../ui';
import { EquipmentEditor } from '../equipment-editor';

type TextField = 'description' | 'task' | 'assessmentCriteria' | 'mentorNotes';

const FIELDS: [field: TextField, label: string, minRows: number][] = [
  ['description', 'form.description', 3],
  ['task', 'form.task', 3],
  ['assessmentCriteria', 'form.criteria', 3],
  ['mentorNotes', 'form.mentorNotes', 2],
];

/** What the trial is about: the four texts. */
export function ContentSection({ form }: { form: UseFormReturn<ProgramFormValues> }) {
  const { t } = useTranslation('programs');
  const {
    register,
    formState: { errors },
  } = form;
  return (
    <FormSection title={t('form.content')}>
      <Stack gap="sm">
        {FIELDS.map(([field, label, minRows]) => (
          <Textarea
            key={field}
            label={t(label)}
            autosize
            minRows={minRows}
            maxRows={10}
            {...register(field)}
            error={errors[field]?.message}
          />
        ))}
      </Stack>
    </FormSection>
  );
}

/** The equipment and materials, one row each. */
export function EquipmentSection({ form }: { form: UseFormReturn<ProgramFormValues> }) {
  const { t } = useTranslation('programs');
  return (
    <FormSection title={t('form.equipment')}>
      <EquipmentEditor
        control={form.control}
        register={form.register}
        errors={form.formState.errors.equipment}
      />
    </FormSection>
  );
}
