import { lazy, Suspense, type ReactNode } from 'react';
import { Center, Loader } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { createHashRouter, Navigate, useRouteError } from 'react-router';
import { db } from '../db';
import { Layout } from './layout';
import { ErrorPanel } from './error-boundary';

// Each section is its own chunk: the first screen loads only what it shows.
const HomeSection = lazy(() => import('../features/home/home-section'));
const ProgramsSection = lazy(() => import('../features/programs/programs-section'));
const ScheduleSection = lazy(() => import('../features/schedule/schedule-section'));
const ParticipantsSection = lazy(() => import('../features/participants/participants-section'));
const AttendanceSection = lazy(() => import('../features/attendance/attendance-section'));
const CertificatesSection = lazy(() => import('../features/certificates/certificates-section'));
const ReportsSection = lazy(() => import('../features/reports/reports-section'));
const SettingsSection = lazy(() => import('../features/settings/settings-section'));
const FirstRunPage = lazy(() => import('../features/first-run/first-run-page'));

function Loading() {
  return (
    <Center h="60vh">
      <Loader aria-label="Загрузка" />
    </Center>
  );
}

function Page({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

/** Until a venue exists (profile filled in or demo loaded) the app shows the first-run screen. */
function RequireVenue({ children }: { children: ReactNode }) {
  const venue = useLiveQuery(async () => (await db.venue.get('venue')) ?? null, []);
  if (venue === undefined) return <Loading />;
  if (venue === null) return <Navigate to="/welcome" replace />;
  return children;
}

function RouterError() {
  return <ErrorPanel error={useRouteError()} />;
}

export const router = createHashRouter([
  {
    path: '/welcome',
    element: (
      <Page>
        <FirstRunPage />
      </Page>
    ),
    errorElement: <RouterError />,
  },
  {
    path: '/',
    element: (
      <RequireVenue>
        <Layout />
      </RequireVenue>
    ),
    errorElement: <RouterError />,
    children: [
      {
        index: true,
        element: (
          <Page>
            <HomeSection />
          </Page>
        ),
      },
      {
        path: 'programs/*',
        element: (
          <Page>
            <ProgramsSection />
          </Page>
        ),
      },
      {
        path: 'schedule/*',
        element: (
          <Page>
            <ScheduleSection />
          </Page>
        ),
      },
      {
        path: 'participants/*',
        element: (
          <Page>
            <ParticipantsSection />
          </Page>
        ),
      },
      {
        path: 'attendance/*',
        element: (
          <Page>
            <AttendanceSection />
          </Page>
        ),
      },
      {
        path: 'certificates/*',
        element: (
          <Page>
            <CertificatesSection />
          </Page>
        ),
      },
      {
        path: 'reports/*',
        element: (
          <Page>
            <ReportsSection />
          </Page>
        ),
      },
      {
        path: 'settings/*',
        element: (
          <Page>
            <SettingsSection />
          </Page>
        ),
      },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
]);
