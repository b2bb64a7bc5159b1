import { useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconBan } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Group as StudyGroup, Session } from '@shared/domain';
import { formatDate } from '@shared/dates';
import { restoreSession, saveSession } from '../../db/repos/session-repo';
import { notifySaved, PageHeader, RecordPage, UnsavedChangesGuard, useAction } from '../../ui';
import { CancelSessionDialog } from './cancel-session-dialog';
import { useLookups, type Lookups } from './schedule-data';
import { SessionFields, sessionFieldErrors, type SessionValues } from './session-fields';
import { useSaveWithChecks } from './save-with-checks';
import { useGroupSession } from './use-schedule';

export function SessionPage() {
  const { t } = useTranslation('schedule');
  const { groupId = '', sessionId = '' } = useParams();
  const lookups = useLookups();
  const data = useGroupSession(groupId, sessionId);
  return (
    <RecordPage
      record={lookups ? data : undefined}
      notFoundTitle={t('session.notFound')}
      breadcrumbs={[{ label: t('title'), to: '/schedule' }]}
    >
      {({ group, session }) => <SessionEditor group={group} session={session} lookups={lookups!} />}
    </RecordPage>
  );
}

function SessionEditor({
  group,
  session,
  lookups,
}: {
  group: StudyGroup;
  session: Session;
  lookups: Lookups;
}) {
  const { t } = useTranslation('schedule');
  const { run: runChecked, dialog } = useSaveWithChecks();
  const { run } = useAction();
  const [draft, setDraft] = useState<SessionValues | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [cancelOpen, setCancelOpen] = useState(false);
  const value: SessionValues = draft ?? {
    date: session.date,
    start: session.start,
    end: session.end,
    placeId: session.placeId,
    onlineLink: session.onlineLink,
    mentorIds: session.mentorIds,
  };
  const cancelled = session.status === 'cancelled';
  const title = t('session.title', { date: formatDate(session.date) });
  const program = lookups.program.get(group.programId);

  async function save() {
    const found = sessionFieldErrors(value);
    setErrors(found);
    if (Object.keys(found).length > 0 || !value.date) return;
    const date = value.date;
    const saved = await run(() =>
      runChecked((options) => saveSession(group.id, { ...value, date, id: session.id }, options)),
    );
    // Said only once saved: a refused or unconfirmed save (null) wrote nothing.
    if (saved) {
      setDraft(null);
      notifySaved();
    }
  }

  async function restore() {
    const restored = await run(() => runChecked((options) => restoreSession(session.id, options)));
    if (restored) notifySaved(t('session.restoredToast'));
  }

  return (
    <>
      <UnsavedChangesGuard when={draft !== null} />
      {dialog}
      <PageHeader
        title={title}
        breadcrumbs={[
          { label: t('title'), to: '/schedule' },
          { label: group.name, to: `/schedule/groups/${group.id}` },
          { label: title },
        ]}
        description={`${program?.title ?? ''} · ${session.start}–${session.end}`}
        actions={
          cancelled ? (
            <Button variant="default" onClick={() => void restore()}>
              {t('session.restore')}
            </Button>
          ) : (
            <Button
              color="red"
              variant="light"
              leftSection={<IconBan size={16} />}
              onClick={() => setCancelOpen(true)}
            >
              {t('session.cancel')}
            </Button>
          )
        }
      />
      {cancelled && (
        <Alert color="gray" mb="md" title={t('session.cancelledBanner')}>
          <Text className="is-cancelled" size="sm">
            {formatDate(session.date)} {session.start}–{session.end}
          </Text>
          {session.cancelReason && (
            <Text size="sm">
              {t('session.reason')}: {session.cancelReason}
            </Text>
          )}
        </Alert>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        noValidate
      >
        <Paper withBorder p="md" radius="md" maw={960}>
          <Stack gap="sm">
            <SessionFields value={value} onChange={setDraft} lookups={lookups} errors={errors} />
            <Group justify="flex-end">
              <Button variant="default" component={Link} to={`/schedule/groups/${group.id}`}>
                {t('session.toGroup')}
              </Button>
              <Button type="submit" disabled={draft === null}>
                {t('session.save')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      </form>
      <CancelSessionDialog
        opened={cancelOpen}
        onClose={() => setCancelOpen(false)}
        sessionId={session.id}
        title={title}
        groupName={group.name}
      />
    </>
  );
}
