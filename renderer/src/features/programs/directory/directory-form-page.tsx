import { useEffect, useState } from 'react';
import { Button, Stack } from '@mantine/core';
import { IconArchive, IconArrowBackUp, IconTrash } from '@tabler/icons-react';
import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import {
  errorMessage,
  notifyError,
  PageHeader,
  RecordPage,
  UnsavedChangesGuard,
  useAction,
} from '../../../ui';
import { deleteOrArchive } from '../delete-or-archive';
import { StickyActions } from '../sticky-actions';
import type { DirectoryKind, DirectoryRecord } from './directory-kind';

/** A record of a directory by the id in the route, with loading and not-found. */
export function DirectoryEditPage<T extends DirectoryRecord, V extends FieldValues>({
  config,
}: {
  config: DirectoryKind<T, V>;
}) {
  const { t } = useTranslation('programs');
  const { id = '' } = useParams();
  const record = config.useRecord(id);
  return (
    <RecordPage
      record={record}
      notFoundTitle={t(`${config.kind}.notFound`)}
      breadcrumbs={[
        { label: t('title'), to: '/programs' },
        { label: t(`tabs.${config.kind}`), to: `/programs/${config.kind}` },
      ]}
    >
      {(found) => <DirectoryFormPage key={found.id} config={config} record={found} />}
    </RecordPage>
  );
}

/** The form of a new record (record null) or of an existing one, with archive and delete. */
export function DirectoryFormPage<T extends DirectoryRecord, V extends FieldValues>({
  config,
  record,
}: {
  config: DirectoryKind<T, V>;
  record: T | null;
}) {
  const { t } = useTranslation('programs');
  const navigate = useNavigate();
  const { kind, Fields } = config;
  const listPath = `/programs/${kind}`;
  const action = useAction();
  // Set when the page leaves on purpose (after saving or deleting), so the unsaved-changes guard stays quiet.
  const [leaveTo, setLeaveTo] = useState<string | null>(null);
  const form = useForm<V>({
    resolver: config.resolver,
    defaultValues: (record ? config.toForm(record) : config.empty) as DefaultValues<V>,
    mode: 'onSubmit',
  });
  const { isDirty, isSubmitting } = form.formState;

  useEffect(() => {
    if (leaveTo) navigate(leaveTo);
  }, [leaveTo, navigate]);

  const onSubmit = form.handleSubmit(async (values) => {
    const saved = await action.run(() => config.save(values, record?.id ?? null), {
      success: t(`${kind}.saved`),
      onError: (error) => notifyError(t('toast.notSaved', { reason: errorMessage(error) })),
    });
    if (!saved) return;
    form.reset(config.toForm(saved) as DefaultValues<V>);
    setLeaveTo(listPath);
  });

  const name = record ? config.nameOf(record) : '';

  async function remove(current: T) {
    const result = await deleteOrArchive({
      name,
      archived: current.archived,
      refusal: () => config.refusal(current.id),
      archive: () => config.setArchived(current.id, true),
      remove: () => config.remove(current.id),
      deleteTitle: t(`${kind}.deleteTitle`),
      deleteText: t(`${kind}.deleteText`, { name }),
      deleteLabel: t(`${kind}.deleteConfirm`),
    });
    if (result === 'deleted') setLeaveTo(listPath);
  }

  const toggleArchive = (current: T) =>
    action.run(() => config.setArchived(current.id, !current.archived), {
      success: current.archived ? t('toast.restoredName', { name }) : t('toast.archivedName', { name }),
    });

  const title = record ? name : t(`${kind}.newTitle`);
  return (
    <>
      <UnsavedChangesGuard when={isDirty && !isSubmitting && leaveTo === null} />
      <PageHeader
        title={title}
        breadcrumbs={[
          { label: t('title'), to: '/programs' },
          { label: t(`tabs.${kind}`), to: listPath },
          { label: title },
        ]}
        description={record?.archived ? t(`${kind}.archivedNote`) : undefined}
        actions={
          record ? (
            <>
              <Button
                variant="default"
                leftSection={record.archived ? <IconArrowBackUp size={16} /> : <IconArchive size={16} />}
                onClick={() => void toggleArchive(record)}
              >
                {record.archived ? t('actions.restore') : t('actions.archive')}
              </Button>
              <Button
                variant="light"
                color="red"
                leftSection={<IconTrash size={16} />}
                onClick={() => void remove(record)}
              >
                {t('actions.delete')}
              </Button>
            </>
          ) : undefined
        }
      />
      <form onSubmit={onSubmit} noValidate aria-label={t(`${kind}.formLabel`)}>
        <Stack gap="md" maw={900}>
          <Fields form={form} />
          <StickyActions>
            <Button variant="default" component={Link} to={listPath}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t(`${kind}.save`)}
            </Button>
          </StickyActions>
        </Stack>
      </form>
    </>
  );
}
