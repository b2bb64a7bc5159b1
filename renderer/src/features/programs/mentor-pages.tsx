import { SimpleGrid, Stack, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Mentor } from '@shared/domain';
import {
  EMPTY_MENTOR_FORM,
  mentorDeleteRefusal,
  mentorFormSchema,
  mentorToForm,
  type MentorFormValues,
} from '@shared/programs';
import { joinFio } from '@shared/text/fio';
import { mentorReferences } from '../../db/queries/programs';
import { deleteMentor, saveMentor, setMentorArchived } from '../../db/repos/mentor-repo';
import { FormSection, withErrorWords } from '../../ui';
import { DirectoryEditPage, DirectoryFormPage } from './directory/directory-form-page';
import type { DirectoryKind } from './directory/directory-kind';
import { DirectoryListPage } from './directory/directory-list-page';
import { textColumn } from './directory/text-column';
import { useMentor, useMentors } from './use-programs';

function MentorFields({ form }: { form: UseFormReturn<MentorFormValues> }) {
  const { t } = useTranslation('programs');
  const {
    register,
    formState: { errors },
  } = form;
  return (
    <>
      <FormSection title={t('mentors.sectionName')}>
        <SimpleGrid cols={3}>
          <TextInput
            label={t('mentors.lastName')}
            withAsterisk
            {...register('lastName')}
            error={errors.lastName?.message}
          />
          <TextInput
            label={t('mentors.firstName')}
            withAsterisk
            {...register('firstName')}
            error={errors.firstName?.message}
          />
          <TextInput
            label={t('mentors.middleName')}
            {...register('middleName')}
            error={errors.middleName?.message}
          />
        </SimpleGrid>
      </FormSection>
      <FormSection title={t('mentors.sectionWork')}>
        <Stack gap="sm">
          <SimpleGrid cols={2}>
            <TextInput
              label={t('mentors.position')}
              {...register('position')}
              error={errors.position?.message}
            />
            <TextInput
              label={t('mentors.profession')}
              {...register('profession')}
              error={errors.profession?.message}
            />
          </SimpleGrid>
          <TextInput
            label={t('mentors.organization')}
            description={t('mentors.organizationHint')}
            {...register('organization')}
            error={errors.organization?.message}
          />
        </Stack>
      </FormSection>
      <FormSection title={t('mentors.sectionContacts')}>
        <SimpleGrid cols={2}>
          <TextInput
            label={t('mentors.phone')}
            type="tel"
            {...register('phone')}
            error={errors.phone?.message}
          />
          <TextInput
            label={t('mentors.email')}
            type="email"
            {...register('email')}
            error={errors.email?.message}
          />
        </SimpleGrid>
      </FormSection>
    </>
  );
}

const MENTORS: DirectoryKind<Mentor, MentorFormValues> = {
  kind: 'mentors',
  useList: useMentors,
  useRecord: useMentor,
  nameOf: joinFio,
  searchText: (m) => `${joinFio(m)} ${m.profession} ${m.organization} ${m.position}`,
  columns: (t) => [
    textColumn<Mentor>('fio', t('mentors.columns.fio'), joinFio, { width: '24%', strong: true }),
    textColumn<Mentor>('position', t('mentors.columns.position'), (m) => m.position),
    textColumn<Mentor>('organization', t('mentors.columns.organization'), (m) => m.organization),
    textColumn<Mentor>('profession', t('mentors.columns.profession'), (m) => m.profession),
    {
      ...textColumn<Mentor>(
        'contacts',
        t('mentors.columns.contacts'),
        (m) => [m.phone, m.email].filter(Boolean).join(', '),
        { dashWhenEmpty: true },
      ),
      sortValue: undefined,
      width: 200,
    },
  ],
  initialSort: 'fio',
  resolver: withErrorWords(zodResolver(mentorFormSchema)),
  empty: EMPTY_MENTOR_FORM,
  toForm: mentorToForm,
  save: (values, id) => saveMentor(values, id),
  setArchived: (id, archived) => setMentorArchived(id, archived),
  remove: (id) => deleteMentor(id),
  refusal: async (id) => mentorDeleteRefusal(await mentorReferences(id)),
  Fields: MentorFields,
};

export const MentorListPage = () => <DirectoryListPage config={MENTORS} />;
export const MentorNewPage = () => <DirectoryFormPage config={MENTORS} record={null} />;
export const MentorEditPage = () => <DirectoryEditPage config={MENTORS} />;
