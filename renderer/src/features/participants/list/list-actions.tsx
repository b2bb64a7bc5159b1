import { Button } from '@mantine/core';
import { IconBuildingCommunity, IconDownload, IconFileImport, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Participant, School } from '@shared/domain';
import { errorMessage, notifyError, useAction } from '../../../ui';
import { exportParticipantsXlsx } from './export-participants';

/** The list's header buttons: schools, a new participant, the export of the shown rows, the import. */
export function ListActions({
  total,
  shown,
  schools,
}: {
  total: number;
  /**
   * What the filters leave when the export is clicked: it writes exactly these rows. Read at the click, so the
   * header is not rendered again at each keystroke of the search.
   */
  shown: () => readonly Participant[];
  schools: readonly School[];
}) {
  const { t } = useTranslation('participants');
  const navigate = useNavigate();
  const { busy, run } = useAction();
  const onExport = () =>
    run(() => exportParticipantsXlsx(shown(), schools, t('export.fileFilter')), {
      onError: (error) => notifyError(t('export.failed', { reason: errorMessage(error) })),
    });
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconBuildingCommunity size={16} />}
        onClick={() => navigate('schools')}
      >
        {t('actions.schools')}
      </Button>
      <Button variant="default" leftSection={<IconPlus size={16} />} onClick={() => navigate('new')}>
        {t('actions.new')}
      </Button>
      {total > 0 && (
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          onClick={() => void onExport()}
          loading={busy}
        >
          {t('actions.export')}
        </Button>
      )}
      <Button leftSection={<IconFileImport size={16} />} onClick={() => navigate('import')}>
        {t('actions.import')}
      </Button>
    </>
  );
}
