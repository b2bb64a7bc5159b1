import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { RouterProvider } from 'react-router';
import dayjs from 'dayjs';
import 'dayjs/locale/ru';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import './i18n';
import { theme } from './app/theme';
import { router } from './app/router';
import { requestPersistentStorage } from './db';
import { runAutomaticBackupIfDue } from './db/backup/auto-backup';
import { platform } from './platform';

dayjs.locale('ru');
void requestPersistentStorage();
// Desktop only (a no-op in the browser); never throws, a failure is shown in Настройки › Резервные копии.
void runAutomaticBackupIfDue();
platform.onBeforeClose(() => runAutomaticBackupIfDue({ onQuit: true }));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <DatesProvider settings={{ locale: 'ru', firstDayOfWeek: 1, weekendDays: [0, 6] }}>
        <ModalsProvider labels={{ confirm: 'Подтвердить', cancel: 'Отмена' }}>
          <Notifications position="bottom-right" />
          <RouterProvider router={router} />
        </ModalsProvider>
      </DatesProvider>
    </MantineProvider>
  </StrictMode>,
);
