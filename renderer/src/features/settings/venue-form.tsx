import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Fieldset, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { VENUE_KINDS, VENUE_KIND_LABELS, type Venue } from '@shared/domain';
import { EMPTY_VENUE_FORM, venueFormSchema, type VenueFormValues } from '@shared/schemas/venue-schema';
import { saveVenueProfile } from '../../db/repos/venue-repo';
import { errorMessage, notifyError, notifySaved, UnsavedChangesGuard } from '../../ui';

function toFormValues(venue: Venue | undefined): VenueFormValues {
  if (!venue) return EMPTY_VENUE_FORM;
  const values = { ...EMPTY_VENUE_FORM };
  for (const key of Object.keys(EMPTY_VENUE_FORM) as (keyof VenueFormValues)[]) {
    (values as Record<string, unknown>)[key] = venue[key];
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
  const {
    register,
    control,
    handleSubmit,
    reset,
    formState: { errors, isDirty, isSubmitting },
  } = useForm<VenueFormValues>({
    resolver: zodResolver(venueFormSchema),
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
      notifySaved('Профиль площадки сохранён');
      onSaved?.();
    } catch (error) {
      notifyError(`Профиль не сохранён: ${errorMessage(error)}`);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Профиль площадки">
      {guard && <UnsavedChangesGuard when={isDirty && !isSubmitting} />}
      <Stack gap="md">
        <Fieldset legend="Организация">
          <Stack gap="sm">
            <TextInput
              label="Полное наименование"
              withAsterisk
              {...register('fullName')}
              error={errors.fullName?.message}
            />
            <SimpleGrid cols={2}>
              <TextInput
                label="Краткое наименование"
                withAsterisk
                {...register('shortName')}
                error={errors.shortName?.message}
              />
              <Controller
                control={control}
                name="kind"
                render={({ field }) => (
                  <Select
                    label="Тип площадки"
                    withAsterisk
                    data={VENUE_KINDS.map((k) => ({ value: k, label: VENUE_KIND_LABELS[k] }))}
                    value={field.value}
                    onChange={(v) => field.onChange(v ?? 'other')}
                    onBlur={field.onBlur}
                    allowDeselect={false}
                    error={errors.kind?.message}
                  />
                )}
              />
            </SimpleGrid>
            <SimpleGrid cols={3}>
              <TextInput label="ИНН" {...register('inn')} error={errors.inn?.message} inputMode="numeric" />
              <TextInput
                label="ОГРН"
                {...register('ogrn')}
                error={errors.ogrn?.message}
                inputMode="numeric"
              />
              <TextInput
                label="ОКТМО"
                {...register('oktmo')}
                error={errors.oktmo?.message}
                inputMode="numeric"
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <Fieldset legend="Адрес">
          <Stack gap="sm">
            <SimpleGrid cols={3}>
              <TextInput label="Регион" {...register('region')} error={errors.region?.message} />
              <TextInput
                label="Муниципалитет"
                {...register('municipality')}
                error={errors.municipality?.message}
              />
              <TextInput label="Населённый пункт" {...register('town')} error={errors.town?.message} />
            </SimpleGrid>
            <TextInput label="Адрес" {...register('address')} error={errors.address?.message} />
          </Stack>
        </Fieldset>
        <Fieldset legend="Руководитель и координатор">
          <Stack gap="sm">
            <SimpleGrid cols={2}>
              <TextInput
                label="ФИО руководителя"
                withAsterisk
                {...register('directorName')}
                error={errors.directorName?.message}
              />
              <TextInput
                label="Должность руководителя"
                {...register('directorPosition')}
                error={errors.directorPosition?.message}
              />
            </SimpleGrid>
            <SimpleGrid cols={3}>
              <TextInput
                label="ФИО координатора"
                {...register('coordinatorName')}
                error={errors.coordinatorName?.message}
              />
              <TextInput
                label="Телефон координатора"
                {...register('coordinatorPhone')}
                error={errors.coordinatorPhone?.message}
              />
              <TextInput
                label="Почта координатора"
                {...register('coordinatorEmail')}
                error={errors.coordinatorEmail?.message}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <Fieldset legend="Федеральная платформа и сертификаты">
          <SimpleGrid cols={2}>
            <TextInput
              label="ID площадки на платформе"
              {...register('platformId')}
              error={errors.platformId?.message}
            />
            <TextInput
              label="Префикс номера сертификата"
              withAsterisk
              description="Номер сертификата: префикс-год-номер, например ПП-2026-0001"
              {...register('certificatePrefix')}
              error={errors.certificatePrefix?.message}
            />
          </SimpleGrid>
        </Fieldset>
        <Group justify="flex-end">
          <Button type="submit" loading={isSubmitting}>
            Сохранить профиль площадки
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
