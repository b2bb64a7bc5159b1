import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { requestPageShortcut, runPageShortcut } from '../ui';

const PARTICIPANTS = '/participants';

/** The open form to save: the one holding the focus, else the only form on the page. */
function openForm(): HTMLFormElement | null {
  const focused = document.activeElement?.closest('form');
  if (focused) return focused;
  const forms = document.querySelectorAll<HTMLFormElement>('main form, [role="dialog"] form');
  return forms.length === 1 ? forms[0]! : null;
}

/**
 * Ctrl+F — find a pupil from anywhere (the participant list's search, focused); Ctrl+P — print the page's
 * document; Ctrl+S — save the open form. Physical keys, so they work in the Russian layout too; also from
 * inside a text field, where a person is when they want to save.
 */
export function GlobalShortcuts() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const options = { usePhysicalKeys: true };

  useHotkeys(
    [
      [
        'mod+F',
        () => {
          if (location.pathname === PARTICIPANTS && runPageShortcut('search')) return;
          requestPageShortcut('search');
          if (location.pathname !== PARTICIPANTS) void navigate(PARTICIPANTS);
        },
        options,
      ],
      [
        'mod+P',
        () => {
          if (!runPageShortcut('print')) {
            notifications.show({ message: t('shortcuts.nothingToPrint'), autoClose: 3000 });
          }
        },
        options,
      ],
      [
        'mod+S',
        () => {
          if (runPageShortcut('save')) return;
          const form = openForm();
          if (form) form.requestSubmit();
          else notifications.show({ message: t('shortcuts.nothingToSave'), autoClose: 3000 });
        },
        options,
      ],
    ],
    [],
    true,
  );
  return null;
}
