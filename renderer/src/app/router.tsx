import { Suspense, type ComponentType, type ReactNode } from 'react';
import { Center, Loader } from '@mantine/core';
import { createHashRouter, Navigate, useRouteError } from 'react-router';
import { FIRST_RUN_ROUTE } from '../features/first-run/public';
import { useVenue } from '../features/settings/public';
import i18n from '../i18n';
import { Layout } from './layout';
import { ErrorPanel } from './error-boundary';
import { SECTION_LOADERS } from './section-loaders';
import { prefetchListHead } from '../db/queries/participants';

/**
 * Each section is its own chunk, loaded through the route's `lazy`: the router fetches the module before it
 * navigates, so the page shows the section it left until the new one renders whole. (A `React.lazy` section
 * inside Suspense showed the spinner first and then waited out React's 300 ms reveal throttle: a section's
 * first visit took ~400 ms even with an empty database.) A section keeps a Suspense boundary for what it
 * loads lazily itself.
 */
function section(
  load: () => Promise<{ default: ComponentType }>,
): () => Promise<{ Component: ComponentType }> {
  return async () => {
    const { default: Section } = await load();
    return {
      Component: function SectionPage() {
        return (
          <Page>
            <Section />
          </Page>
        );
      },
    };
  };
}

function Loading() {
  return (
    <Center h="60vh">
      <Loader aria-label={i18n.t('record.loading')} />
    </Center>
  );
}

function Page({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

/** Until a venue exists (profile filled in or demo loaded) the app shows the first-run screen. */
function RequireVenue({ children }: { children: ReactNode }) {
  const venue = useVenue();
  if (venue === undefined) return <Loading />;
  if (venue === null) return <Navigate to={FIRST_RUN_ROUTE} replace />;
  return children;
}

function RouterError() {
  return <ErrorPanel error={useRouteError()} />;
}

export const router = createHashRouter([
  {
    path: '/welcome',
    hydrateFallbackElement: <Loading />,
    lazy: section(() => import('../features/first-run/first-run-page')),
    errorElement: <RouterError />,
  },
  {
    path: '/',
    element: (
      <RequireVenue>
        <Layout />
      </RequireVenue>
    ),
    hydrateFallbackElement: <Loading />,
    errorElement: <RouterError />,
    children: [
      {
        index: true,
        lazy: section(SECTION_LOADERS.home),
      },
      {
        path: 'programs/*',
        lazy: section(SECTION_LOADERS.programs),
      },
      {
        path: 'schedule/*',
        lazy: section(SECTION_LOADERS.schedule),
      },
      {
        path: 'participants/*',
        // The list's first rows are read while the section's code loads (its first render then shows them).
        loader: ({ params }) => {
          if (!params['*']) prefetchListHead();
          return null;
        },
        lazy: section(SECTION_LOADERS.participants),
      },
      {
        path: 'attendance/*',
        lazy: section(SECTION_LOADERS.attendance),
      },
      {
        path: 'certificates/*',
        lazy: section(SECTION_LOADERS.certificates),
      },
      {
        path: 'reports/*',
        lazy: section(SECTION_LOADERS.reports),
      },
      {
        path: 'settings/*',
        lazy: section(SECTION_LOADERS.settings),
      },
      {
        path: 'help/*',
        lazy: section(SECTION_LOADERS.help),
      },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
]);
