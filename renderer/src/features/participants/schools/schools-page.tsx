import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowsJoin, IconPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { School } from '@shared/domain';
import {
  EMPTY_SCHOOL_FORM,
  schoolSchema,
  type SchoolFormValues,
  type SchoolValues,
} from '@shared/participants/schemas';
import { schoolLabel } from '@shared/participants/build';
import { compareRu, countLabel, formatNumber } from '@shared/text/collation';
import { db } from '../../../db';
import { ParticipantRuleError } from '../../../db/repos/participant-repo';
import { mergeSchools, saveSchool } from '../../../db/repos/school-repo';
import {
  DataTable,
  EmptyState,
  PageHeader,
  confirmDanger,
  errorMessage,
  notifyError,
  notifySaved,
  type Column,
} from '../../../ui';

const PUPILS = ['участник', 'участника', 'участников'] as const;

/** Schools: full and short name, municipality, ИНН, navigator; created on import, merged when doubled. */
export function SchoolsPage() {
  const { t } = useTranslation('participants');
  const schools = useLiveQuery(() => db.schools.toArray(), []);
  const counts = useLiveQuery(async () => {
    const map = new Map<string, number>();
    await db.participants.each((p) => {
      if (p.schoolId) map.set(p.schoolId, (map.get(p.schoolId) ?? 0) + 1);
    });
    return map;
  }, []);
  const [editing, setEditing] = useState<School | 'new' | null>(null);
  const [merging, setMerging] = useState(false);

  const columns: Column<School>[] = [
    {
      id: 'full',
      header: t('schools.fullName'),
      cell: (s) => s.fullName,
      sortValue: (s) => s.fullName,
      width: '34%',
    },
    { id: 'short', header: t('schools.shortName'), cell: (s) => s.shortName, sortValue: (s) => s.shortName },
    {
      id: 'mun',
      header: t('schools.municipality'),
      cell: (s) => s.municipality,
      sortValue: (s) => s.municipality,
    },
    { id: 'inn', header: t('schools.inn'), cell: (s) => s.inn, width: 120 },
    {
      id: 'nav',
      header: t('schools.navigator'),
      cell: (s) => s.navigatorName,
      sortValue: (s) => s.navigatorName,
    },
    {
      id: 'count',
      header: t('schools.count'),
      cell: (s) => formatNumber(counts?.get(s.id) ?? 0),
      sortValue: (s) => counts?.get(s.id) ?? 0,
      align: 'right',
      width: 110,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('schools.title')}
        breadcrumbs={[{ label: t('title'), to: '/participants' }, { label: t('schools.title') }]}
        actions={
          <>
            {(schools?.length ?? 0) >= 2 && (
              <Button
                variant="default"
                leftSection={<IconArrowsJoin size={16} />}
                onClick={() => setMerging(true)}
              >
                {t('schools.merge')}
              </Button>
            )}
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
              {t('schools.new')}
            </Button>
          </>
        }
      />
      {schools && schools.length === 0 ? (
        <EmptyState title={t('schools.emptyTitle')} text={t('schools.emptyText')} />
      ) : (
        <DataTable
          rows={schools ?? []}
          columns={columns}
          rowKey={(s) => s.id}
          label={t('schools.title')}
          initialSort={{ id: 'full', dir: 'asc' }}
          onRowClick={(s) => setEditing(s)}
        />
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('schools.new') : t('schools.edit')}
        size="lg"
        centered
      >
        {editing !== null && (
          <SchoolForm school={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />
        )}
      </Modal>
      <Modal opened={merging} onClose={() => setMerging(false)} title={t('schools.merge')} size="lg" centered>
        {merging && (
          <MergeForm schools={schools ?? []} counts={counts ?? new Map()} onDone={() => setMerging(false)} />
        )}
      </Modal>
    </>
  );
}

function SchoolForm({ school, onDone }: { school?: School; onDone: () => void }) {
  const { t } = useTranslation('participants');
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SchoolFormValues, unknown, SchoolValues>({
    resolver: zodResolver(schoolSchema),
    defaultValues: school
      ? {
          fullName: school.fullName,
          shortName: school.shortName,
          municipality: school.municipality,
          inn: school.inn,
          navigatorName: school.navigatorName,
          navigatorPhone: school.navigatorPhone,
          navigatorEmail: school.navigatorEmail,
        }
      : EMPTY_SCHOOL_FORM,
  });
  const onSubmit = handleSubmit(async (values) => {
    try {
      await saveSchool(values, school?.id ?? null);
      notifySaved(t('schools.saved'));
      onDone();
    } catch (error) {
      if (error instanceof ParticipantRuleError && error.field === 'fullName')
        setError('fullName', { message: error.message });
      else notifyError(errorMessage(error));
    }
  });
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
          <TextInput
            label={t('schools.shortName')}
            {...register('shortName')}
            error={errors.shortName?.message}
          />
          <TextInput
            label={t('schools.municipality')}
            {...register('municipality')}
            error={errors.municipality?.message}
          />
          <TextInput label={t('schools.inn')} {...register('inn')} error={errors.inn?.message} />
          <TextInput
            label={t('schools.navigatorName')}
            {...register('navigatorName')}
            error={errors.navigatorName?.message}
          />
          <TextInput
            label={t('schools.navigatorPhone')}
            {...register('navigatorPhone')}
            error={errors.navigatorPhone?.message}
          />
          <TextInput
            label={t('schools.navigatorEmail')}
            {...register('navigatorEmail')}
            error={errors.navigatorEmail?.message}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={isSubmitting}>
            {t('schools.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function MergeForm({
  schools,
  counts,
  onDone,
}: {
  schools: School[];
  counts: Map<string, number>;
  onDone: () => void;
}) {
  const { t } = useTranslation('participants');
  const [keepId, setKeepId] = useState<string | null>(null);
  const [mergeId, setMergeId] = useState<string | null>(null);
  const options = useMemo(
    () =>
      [...schools]
        .sort((a, b) => compareRu(a.fullName, b.fullName))
        .map((s) => ({
          value: s.id,
          label: `${schoolLabel(s)} (${countLabel(counts.get(s.id) ?? 0, PUPILS)})`,
        })),
    [schools, counts],
  );
  const keep = schools.find((s) => s.id === keepId);
  const merge = schools.find((s) => s.id === mergeId);

  async function onMerge() {
    if (!keep || !merge) return;
    const moved = counts.get(merge.id) ?? 0;
    const ok = await confirmDanger({
      title: t('schools.mergeConfirmTitle'),
      message: t('schools.mergeConfirmText', {
        merge: merge.fullName,
        keep: keep.fullName,
        pupils: countLabel(moved, PUPILS),
      }),
      confirmLabel: t('schools.mergeConfirm'),
    });
    if (!ok) return;
    try {
      await mergeSchools(keep.id, merge.id);
      notifySaved(t('schools.merged'));
      onDone();
    } catch (error) {
      notifyError(errorMessage(error));
    }
  }

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('schools.mergeIntro')}
      </Text>
      <Select label={t('schools.keep')} data={options} value={keepId} onChange={setKeepId} searchable />
      <Select
        label={t('schools.mergeInto')}
        data={options.filter((o) => o.value !== keepId)}
        value={mergeId}
        onChange={setMergeId}
        searchable
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common:actions.cancel')}
        </Button>
        <Button color="red" disabled={!keep || !merge || keep.id === merge.id} onClick={onMerge}>
          {t('schools.mergeAction')}
        </Button>
      </Group>
    </Stack>
  );
}
