import { SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PLACE_KINDS, type Place } from '@shared/domain';
import {
  EMPTY_PLACE_FORM,
  PLACE_CAPACITY_MAX,
  placeDeleteRefusal,
  placeFormSchema,
  placeToForm,
  type PlaceFormValues,
} from '@shared/programs';
import { formatNumber } from '@shared/text/collation';
import { placeReferences } from '../../db/queries/programs';
import { deletePlace, savePlace, setPlaceArchived } from '../../db/repos/place-repo';
import { enumLabel, EnumSelect, FormSection, withErrorWords } from '../../ui';
import { DirectoryEditPage, DirectoryFormPage } from './directory/directory-form-page';
import type { DirectoryKind } from './directory/directory-kind';
import { DirectoryListPage } from './directory/directory-list-page';
import { textColumn } from './directory/text-column';
import { NumberField } from './form-fields';
import { usePlace, usePlaces } from './use-programs';

const where = (p: Place) => (p.kind === 'online' ? p.link : p.address);

function PlaceFields({ form }: { form: UseFormReturn<PlaceFormValues> }) {
  const { t } = useTranslation('programs');
  const {
    register,
    control,
    formState: { errors },
  } = form;
  const kind = useWatch({ control, name: 'kind' });
  return (
    <FormSection title={t('places.section')}>
      <Stack gap="sm">
        <TextInput
          label={t('places.name')}
          withAsterisk
          description={t('places.nameHint')}
          {...register('name')}
          error={errors.name?.message}
        />
        <SimpleGrid cols={2}>
          <EnumSelect
            control={control}
            name="kind"
            values={PLACE_KINDS}
            optionLabel={(k) => enumLabel('placeKind', k)}
            label={t('places.kind')}
            withAsterisk
            description={t('places.kindHint')}
            error={errors.kind?.message}
          />
          <NumberField
            control={control}
            name="capacity"
            label={t('places.capacity')}
            description={t('places.capacityHint', { max: PLACE_CAPACITY_MAX })}
            error={errors.capacity?.message}
          />
        </SimpleGrid>
        {kind !== 'online' && (
          <TextInput
            label={t('places.address')}
            description={t('places.addressHint')}
            {...register('address')}
            error={errors.address?.message}
          />
        )}
        <TextInput
          label={t('places.link')}
          withAsterisk={kind === 'online'}
          description={t('places.linkHint')}
          placeholder="https://"
          {...register('link')}
          error={errors.link?.message}
        />
      </Stack>
    </FormSection>
  );
}

const PLACES: DirectoryKind<Place, PlaceFormValues> = {
  kind: 'places',
  useList: usePlaces,
  useRecord: usePlace,
  nameOf: (p) => p.name,
  searchText: (p) => `${p.name} ${p.address} ${enumLabel('placeKind', p.kind)}`,
  columns: (t) => [
    textColumn<Place>('name', t('places.columns.name'), (p) => p.name, { width: '34%', strong: true }),
    textColumn<Place>('kind', t('places.columns.kind'), (p) => enumLabel('placeKind', p.kind), {
      width: 130,
    }),
    {
      id: 'capacity',
      header: t('places.columns.capacity'),
      cell: (p) => <Text size="sm">{p.capacity === null ? '—' : formatNumber(p.capacity)}</Text>,
      sortValue: (p) => p.capacity,
      width: 120,
      align: 'right',
    },
    textColumn<Place>('where', t('places.columns.where'), where, { dashWhenEmpty: true }),
  ],
  initialSort: 'name',
  resolver: withErrorWords(zodResolver(placeFormSchema)),
  empty: EMPTY_PLACE_FORM,
  toForm: placeToForm,
  save: (values, id) => savePlace(values, id),
  setArchived: (id, archived) => setPlaceArchived(id, archived),
  remove: (id) => deletePlace(id),
  refusal: async (id) => placeDeleteRefusal(await placeReferences(id)),
  Fields: PlaceFields,
};

export const PlaceListPage = () => <DirectoryListPage config={PLACES} />;
export const PlaceNewPage = () => <DirectoryFormPage config={PLACES} record={null} />;
export const PlaceEditPage = () => <DirectoryEditPage config={PLACES} />;
