import { useState } from 'react';
import { ActionIcon, Button, Checkbox, Menu, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconChecks, IconChevronDown, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SheetVariant } from '@shared/attendance/sheet';
import type { SessionContext } from '../../db/queries/attendance';
import { notifySaved, useAction, usePageShortcut } from '../../ui';
import { printSheet, saveSheet } from './sheet-export';
import { useVenue } from './use-attendance';

/** The session page's header buttons: undo, the attendance sheet (print or PDF), «Все присутствуют». */
export function SessionActions({
  ctx,
  canUndo,
  canMarkAll,
  onUndo,
  onAllPresent,
}: {
  ctx: SessionContext;
  canUndo: boolean;
  canMarkAll: boolean;
  onUndo: () => void;
  onAllPresent: () => void;
}) {
  const { t } = useTranslation('attendance');
  const venue = useVenue();
  const { busy, run } = useAction();
  // A QR code per row, for marking by scanning the sheet (docs/qr-attendance.md).
  const [withQr, setWithQr] = useState(false);

  function print(variant: SheetVariant) {
    void run(() => printSheet(ctx, venue, variant, withQr));
  }
  // Ctrl+P: the sheet as it is — filled once marks exist, blank before the session.
  usePageShortcut('print', () => print(ctx.marks.size > 0 ? 'filled' : 'blank'));

  async function save(variant: SheetVariant) {
    // False: the person closed the save dialog; nothing was saved, so nothing is said.
    if (await run(() => saveSheet(ctx, venue, variant, withQr))) notifySaved(t('session.sheetSaved'));
  }

  return (
    <>
      <Tooltip label={t('session.undo')}>
        <ActionIcon
          variant="default"
          size="lg"
          onClick={onUndo}
          disabled={!canUndo}
          aria-label={t('session.undo')}
          aria-keyshortcuts="Control+Z"
        >
          <IconArrowBackUp size={18} />
        </ActionIcon>
      </Tooltip>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconPrinter size={16} />}
            rightSection={<IconChevronDown size={14} />}
            loading={busy}
          >
            {t('session.sheet')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => print('blank')}>{t('session.printBlank')}</Menu.Item>
          <Menu.Item onClick={() => print('filled')}>{t('session.printFilled')}</Menu.Item>
          <Menu.Divider />
          <Menu.Item onClick={() => void save('blank')}>{t('session.saveBlank')}</Menu.Item>
          <Menu.Item onClick={() => void save('filled')}>{t('session.saveFilled')}</Menu.Item>
          <Menu.Divider />
          <Menu.Item
            closeMenuOnClick={false}
            onClick={() => setWithQr((v) => !v)}
            role="menuitemcheckbox"
            aria-checked={withQr}
            leftSection={<Checkbox checked={withQr} readOnly size="xs" tabIndex={-1} aria-hidden />}
          >
            {t('session.sheetWithQr')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Tooltip label={t('session.allPresentHint')}>
        <Button
          leftSection={<IconChecks size={16} />}
          onClick={onAllPresent}
          disabled={!canMarkAll}
          aria-keyshortcuts="Alt+1"
        >
          {t('session.allPresent')}
        </Button>
      </Tooltip>
    </>
  );
}
