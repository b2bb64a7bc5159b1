import { useState } from 'react';
import { Alert, Button, Group, Modal, Paper, Stack, Text, Textarea } from '@mantine/core';
import { IconBan } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate } from '@shared/dates';
import { validateSessionFields } from '@shared/schedule';
import { db } from '../../db';
import { cancelSession, restoreSession, saveSession } from '../../db/repos/session-repo';
import {
  EmptyState,
  errorMessage,
  notifyError,
  notifySaved,
  PageHeader,
  UnsavedChangesGuard,
} from '../../ui';
import { useLookups } from './schedule-data';
import { SessionFields, type SessionValues } from './session-fields';
import { useSaveWithChecks } from './save-with-checks';

export function SessionPage() {
  const { t } = useTranslation('schedule');
  const { groupId = '', sessionId = '' } = useParams();
  const lookups = useLookups();
  const { run, dialog } = useSaveWithChecks();
  const data = useLiveQuery(async () => {
    const [group, session] = await Promise.all([db.groups.get(groupId), db.sessions.get(sessionId)]);
    return group && session && session.groupId === groupId ? { group, session } : null;
  }, [groupId, sessionId]);
  const [draft, setDraft] = useState<SessionValues | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [cancelOpen, setCancelOpen] = useState(false);
  const [reason, setReason] = useState('');

  if (data === undefined || !lookups) return null;
  if (data === null)
    return (
      <EmptyState
        title={t('session.notFound')}
        action={
          <Button component={Link} to="/schedule">
            {t('title')}
          </Button>
        }
      />
    );
  const { group, session } = data;
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
    const found = validateSessionFields(value);
    setErrors(found);
    if (Object.keys(found).length > 0 || !value.date) return;
    const date = value.date;
    try {
      const saved = await run((options) => saveSession(groupId, { ...value, date, id: sessionId }, options));
      if (saved) {
        setDraft(null);
        notifySaved();
      }
    } catch (e) {
      notifyError(errorMessage(e));
    }
  }

  async function doCancel() {
    try {
      await cancelSession(sessionId, reason);
      setCancelOpen(false);
      setReason('');
      notifySaved(t('session.cancelledToast'));
    } catch (e) {
      notifyError(errorMessage(e));
    }
  }

  async function restore() {
    try {
      const restored = await run((options) => restoreSession(sessionId, options));
      if (restored) notifySaved(t('session.restoredToast'));
    } catch (e) {
      notifyError(errorMessage(e));
    }
  }

  return (
    <>
      <UnsavedChangesGuard when={draft !== null} />
      {dialog}
      <PageHeader
        title={title}
        breadcrumbs={[
          { label: t('title'), to: '/schedule' },
          { label: group.name, to: `/schedule/groups/${groupId}` },
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
              <Button variant="default" component={Link} to={`/schedule/groups/${groupId}`}>
                {t('session.toGroup')}
              </Button>
              <Button type="submit" disabled={draft === null}>
                {t('session.save')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      </form>
      <Modal
        opened={cancelOpen}
        onClose={() => setCancelOpen(false)}
        title={t('session.cancelTitle')}
        centered
      >
        <Stack gap="sm">
          <Text size="sm">{t('session.cancelText', { title, group: group.name })}</Text>
          <Textarea
            label={t('session.reason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setCancelOpen(false)}>
              {t('session.keep')}
            </Button>
            <Button color="red" onClick={() => void doCancel()}>
              {t('session.cancel')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
