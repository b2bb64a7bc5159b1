import { useState } from 'react';
import { Modal, NumberInput, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Group as StudyGroup } from '@shared/domain';
import { updateGroup } from '../../db/repos/group-repo';
import { DialogFooter, notifySaved, useAction } from '../../ui';
import type { useSaveWithChecks } from './save-with-checks';

type RunChecked = ReturnType<typeof useSaveWithChecks>['run'];

/** Renames a group or changes its capacity and note; the schedule checks run on save. */
export function EditGroupDialog({
  group,
  onClose,
  runChecked,
}: {
  group: StudyGroup;
  onClose: () => void;
  runChecked: RunChecked;
}) {
  const { t } = useTranslation('schedule');
  const [edit, setEdit] = useState({ name: group.name, capacity: group.capacity, note: group.note });
  const { busy, run } = useAction();

  async function save() {
    const result = await run(() => runChecked((options) => updateGroup(group.id, edit, options)));
    if (result) {
      onClose();
      notifySaved();
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('group.edit')} centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('form.name')}
            value={edit.name}
            onChange={(e) => setEdit({ ...edit, name: e.currentTarget.value })}
            required
          />
          <NumberInput
            label={t('form.capacity')}
            value={edit.capacity}
            onChange={(v) => setEdit({ ...edit, capacity: typeof v === 'number' ? v : 0 })}
            min={1}
            max={1000}
            allowDecimal={false}
            required
          />
          <Textarea
            label={t('form.note')}
            value={edit.note}
            onChange={(e) => setEdit({ ...edit, note: e.currentTarget.value })}
          />
          <DialogFooter
            onCancel={onClose}
            cancelLabel={t('form.cancel')}
            submitType="submit"
            submitLabel={t('group.saveGroup')}
            busy={busy}
          />
        </Stack>
      </form>
    </Modal>
  );
}
