import { useMemo } from 'react';
import { MultiSelect, SimpleGrid, TextInput } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Program } from '@shared/domain';
import type { ProgramFormValues } from '@shared/programs';
import { compareRu } from '@shared/text/collation';
import { joinFio } from '@shared/text/fio';
import { FormSection } from '../../../ui';
import { useMentors } from '../use-programs';

/** The author and the default mentors (archived ones only when the programme already names them). */
export function PeopleSection({
  form,
  program,
}: {
  form: UseFormReturn<ProgramFormValues>;
  program: Program | null;
}) {
  const { t } = useTranslation('programs');
  const mentors = useMentors();
  const {
    register,
    control,
    formState: { errors },
  } = form;
  const mentorOptions = useMemo(
    () =>
      (mentors ?? [])
        .filter((m) => !m.archived || program?.mentorIds.includes(m.id))
        .sort((a, b) => compareRu(joinFio(a), joinFio(b)))
        .map((m) => ({
          value: m.id,
          label:
            [joinFio(m), m.profession].filter(Boolean).join(' — ') +
            (m.archived ? t('form.archivedSuffix') : ''),
        })),
    [mentors, program, t],
  );
  return (
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
  );
}
