import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { School } from '@shared/domain';
import { isRuleError } from '@shared/errors';
import {
  EMPTY_SCHOOL_FORM,
  schoolSchema,
  type SchoolFormValues,
  type SchoolValues,
} from '@shared/participants/schemas';
import { saveSchool } from '../../../db/repos/school-repo';
import { DialogFooter, errorMessage, notifyError, useAction, withErrorWords } from '../../../ui';

function toFormValues(school: School | undefined): SchoolFormValues {
  if (!school) return EMPTY_SCHOOL_FORM;
  return {
    fullName: school.fullName,
    shortName: school.shortName,
    municipality: school.municipality,
    inn: school.inn,
    navigatorName: school.navigatorName,
    navigatorPhone: school.navigatorPhone,
    navigatorEmail: school.navigatorEmail,
  };
}

/** A school's data in the dialog of the schools page; a name that is already taken is shown at the field. */
export function SchoolForm({ school, onDone }: { school?: School; onDone: () => void }) {
  const { t } = useTranslation('participants');
  const { busy, run } = useAction();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<SchoolFormValues, unknown, SchoolValues>({
    resolver: withErrorWords(zodResolver(schoolSchema)),
    defaultValues: toFormValues(school),
  });
  const onSubmit = handleSubmit(async (values) => {
    const saved = await run(() => saveSchool(values, school?.id ?? null), {
      success: t('schools.saved'),
      onError: (error) => {
        if (isRuleError(error) && error.field === 'fullName')
          setError('fullName', { message: errorMessage(error) });
        else notifyError(errorMessage(error));
      },
    });
    if (saved) onDone();
  });
  const field = (name: Exclude<keyof SchoolFormValues, 'fullName'>) => (
    <TextInput label={t(`schools.${name}`)} {...register(name)} error={errors[name]?.message} />
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('schools.formLabel')}>
      <Stack gap="sm">
        <TextInput
          label={t('schools.fullName')}
          withAsterisk
          {...register('fullName')}
          error={errors.fullName?.message}
        />
        <SimpleGrid cols={2}>
          {field('shortName')}
          {field('municipality')}
          {field('inn')}
          {field('navigatorName')}
          {field('navigatorPhone')}
          {field('navigatorEmail')}
        </SimpleGrid>
        <DialogFooter onCancel={onDone} submitType="submit" submitLabel={t('schools.submit')} busy={busy} />
      </Stack>
    </form>
  );
}
