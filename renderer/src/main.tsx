// First, before any module that parses with zod (see the file).
import '@shared/schemas/zod-config';
import { StrictMode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { RouterProvider } from 'react-router';
import dayjs from 'dayjs';
import 'dayjs/locale/ru';
import 'dayjs/locale/en';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { storedLanguage } from './i18n';
import { theme } from './app/theme';
import { router } from './app/router';
import { requestPersistentStorage } from './db';
import { runAutomaticBackupIfDue, startAutomaticWork } from './app/auto-backup';
import { installErrorReporting } from './app/error-reporting';
import { platform } from './platform';

// Errors of this window reach main.log (desktop), which venues send when something goes wrong.
installErrorReporting(window, platform);
dayjs.locale(storedLanguage());
void requestPersistentStorage();
// The privacy chores, now and daily; the copy is desktop only. Never throws: a failure is shown in Настройки.
startAutomaticWork();
platform.onBeforeClose(() => runAutomaticBackupIfDue({ onQuit: true }));

/** The providers follow the interface language: date pickers' month names and the dialogs' buttons. */
function App() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'ru';
  useEffect(() => {
    dayjs.locale(locale);
  }, [locale]);
  return (
    <DatesProvider settings={{ locale, firstDayOfWeek: 1, weekendDays: [0, 6] }}>
      <ModalsProvider labels={{ confirm: t('actions.confirm'), cancel: t('actions.cancel') }}>
        <Notifications position="bottom-right" />
        <RouterProvider router={router} useTransitions={false} />
      </ModalsProvider>
    </DatesProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <App />
    </MantineProvider>
  </StrictMode>,
);
