import type { ReactNode } from 'react';
import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from './empty-state';
import { PageHeader, type Crumb } from './page-header';

/**
 * The shell of every page that shows one record by id. `record` is what a live query returned:
 * `undefined` while it loads (a quiet loader), `null` when the record is not there (a header and an empty
 * state, so a stale link or a record deleted in another window explains itself), otherwise the page.
 */
export function RecordPage<T>({
  record,
  notFoundTitle,
  notFoundText,
  breadcrumbs,
  children,
}: {
  record: T | null | undefined;
  notFoundTitle?: string;
  notFoundText?: string;
  /** The breadcrumbs above the not-found title (the title itself is added last). */
  breadcrumbs?: Crumb[];
  children: (record: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (record === undefined) {
    return (
      <Center py="xl">
        <Loader size="sm" aria-label={t('record.loading')} />
      </Center>
    );
  }
  if (record === null) {
    const title = notFoundTitle ?? t('record.notFound');
    return (
      <>
        <PageHeader
          title={title}
          breadcrumbs={breadcrumbs ? [...breadcrumbs, { label: title }] : undefined}
        />
        <EmptyState title={title} text={notFoundText ?? t('record.notFoundText')} />
      </>
    );
  }
  return <>{children(record)}</>;
}
