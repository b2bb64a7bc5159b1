import { Button, Menu } from '@mantine/core';
import {
  IconArchive,
  IconArrowBackUp,
  IconChevronDown,
  IconCopy,
  IconFileTypePdf,
  IconTrash,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Program, ProgramStatus } from '@shared/domain';
import { RuleError } from '@shared/errors';
import { DOCUMENT_NAMES, documentFileName } from '@shared/export/file-name';
import { programDeleteRefusal } from '@shared/programs';
import { passportData, programReferences } from '../../../db/queries/programs';
import {
  archiveProgram,
  deleteProgram,
  duplicateProgram,
  restoreProgram,
} from '../../../db/repos/program-repo';
import { renderPdf } from '../../../lib/pdf';
import { platform } from '../../../platform';
import { confirmDanger, errorMessage, notifyError, notifySaved, useAction } from '../../../ui';
import { deleteOrArchive } from '../delete-or-archive';
import { passportDocument } from '../passport-pdf';

/**
 * The actions of a stored programme: its passport PDF and the «Ещё» menu (copy, archive or restore, delete).
 * `onStatus` tells the form the stored status changed; `onDeleted` that the programme is gone.
 */
export function ProgramActions({
  program,
  dirty,
  onStatus,
  onDeleted,
}: {
  program: Program;
  dirty: boolean;
  onStatus: (status: ProgramStatus) => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation('programs');
  const navigate = useNavigate();
  const passport = useAction();
  const action = useAction();

  async function exportPassport() {
    const saved = await passport.run(
      async () => {
        // The passport shows what is stored, not the form's unsaved edits (the toast says so).
        const data = await passportData(program.id);
        if (!data) throw new RuleError('programs.programNotFound');
        const bytes = await renderPdf(passportDocument(data.program, data.mentors, data.venue));
        return platform.saveFile({
          suggestedName: documentFileName(`${DOCUMENT_NAMES.programPassport} — ${data.program.title}`, 'pdf'),
          data: bytes,
          mimeType: 'application/pdf',
          filters: [{ name: 'PDF', extensions: ['pdf'] }],
        });
      },
      {
        onError: (error) => notifyError(t('toast.passportFailed', { reason: errorMessage(error) })),
      },
    );
    // Nothing to say when the person closed the save dialog.
    if (saved) notifySaved(dirty ? t('toast.passportSavedDirty') : t('toast.passportSaved'));
  }

  async function duplicate() {
    const copy = await action.run(() => duplicateProgram(program.id));
    if (!copy) return;
    notifySaved(t('toast.duplicated', { title: copy.title }));
    navigate(`/programs/${copy.id}`);
  }

  async function archive() {
    const ok = await confirmDanger({
      title: t('archive.title'),
      message: t('archive.text', { title: program.title }),
      confirmLabel: t('archive.confirm'),
      danger: false,
    });
    if (!ok) return;
    const done = await action.run(() => archiveProgram(program.id).then(() => true), {
      success: t('toast.archived'),
    });
    if (done) onStatus('archived');
  }

  async function restore() {
    const done = await action.run(() => restoreProgram(program.id).then(() => true), {
      success: t('toast.restored'),
      onError: (error) => notifyError(errorMessage(error), t('toast.restoreFailed')),
    });
    if (done) onStatus('active');
  }

  async function remove() {
    const result = await deleteOrArchive({
      name: program.title,
      archived: program.status === 'archived',
      refusal: async () => programDeleteRefusal(await programReferences(program.id)),
      archive: () => archiveProgram(program.id),
      remove: () => deleteProgram(program.id),
      deleteTitle: t('delete.title'),
      deleteText: t('delete.text', { title: program.title }),
      deleteLabel: t('delete.confirm'),
      archivedMessage: t('toast.archived'),
      deletedMessage: t('toast.deleted'),
    });
    if (result === 'archived') onStatus('archived');
    if (result === 'deleted') onDeleted();
  }

  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFileTypePdf size={16} />}
        onClick={() => void exportPassport()}
        loading={passport.busy}
      >
        {t('actions.passport')}
      </Button>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" rightSection={<IconChevronDown size={14} />}>
            {t('actions.more')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconCopy size={16} />} onClick={() => void duplicate()}>
            {t('actions.duplicate')}
          </Menu.Item>
          {program.status === 'archived' ? (
            <Menu.Item leftSection={<IconArrowBackUp size={16} />} onClick={() => void restore()}>
              {t('actions.restore')}
            </Menu.Item>
          ) : (
            <Menu.Item leftSection={<IconArchive size={16} />} onClick={() => void archive()}>
              {t('actions.archive')}
            </Menu.Item>
          )}
          <Menu.Divider />
          <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => void remove()}>
            {t('actions.delete')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </>
  );
}
