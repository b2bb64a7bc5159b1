import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  Menu,
  Paper,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconArrowBackUp, IconChecks, IconChevronDown, IconPrinter, IconUserPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ATTENDED_STATUSES, type AttendanceStatus } from '@shared/domain';
import type { SheetVariant } from '@shared/attendance/sheet';
import { formatDate, todayIso } from '@shared/dates';
import { shortFio } from '@shared/text/fio';
import { db } from '../../db';
import {
  loadSessionMarks,
  loadSessionSetup,
  markAllPresent,
  setMark,
  setMarkNote,
  setPlatformConfirmed,
  undoChanges,
  type MarkChange,
  type SessionContext,
} from '../../db/repos/attendance-repo';
import { DateField, EmptyState, errorMessage, notifyError, notifySaved, PageHeader } from '../../ui';
import { MarkingGrid, type GridRow } from './marking-grid';
import { printSheet, saveSheet } from './sheet-export';
import { WalkInDialog } from './walk-in-dialog';

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
}

export function SessionPage() {
  const { t } = useTranslation('attendance');
  const { id = '' } = useParams();
  // Two live queries: a click changes only the marks, so only they are read again.
  const setup = useLiveQuery(() => loadSessionSetup(id), [id]);
  const marks = useLiveQuery(() => loadSessionMarks(id), [id]);
  const ctx = useMemo<SessionContext | null | undefined>(
    () => (setup === null ? null : setup && marks ? { ...setup, marks } : undefined),
    [setup, marks],
  );
  const venue = useLiveQuery(() => db.venue.get('venue'), []);
  // Each entry is one user action (a mark, a note, «все присутствуют»), undone as a whole.
  const [history, setHistory] = useState<MarkChange[][]>([]);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [walkInOpen, setWalkInOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  const cancelled = ctx?.session.status === 'cancelled';

  const record = useCallback((changes: MarkChange[]) => {
    if (changes.length === 0) return;
    setHistory((h) => [...h.slice(-49), changes]);
    setSavedAt(new Date().toLocaleTimeString('ru-RU'));
  }, []);

  const mark = useCallback(
    (participantId: string, status: AttendanceStatus) => {
      setMark(id, participantId, status)
        .then((c) => record([c]))
        .catch((e: unknown) => notifyError(errorMessage(e)));
    },
    [id, record],
  );

  const note = useCallback(
    (participantId: string, text: string) => {
      setMarkNote(id, participantId, text)
        .then((c) => record([c]))
        .catch((e: unknown) => notifyError(errorMessage(e)));
    },
    [id, record],
  );

  const allPresent = useCallback(async () => {
    try {
      const changes = await markAllPresent(id);
      record(changes);
      notifySaved(
        changes.length > 0
          ? t('session.allPresentDone', { count: changes.length })
          : t('session.allPresentNone'),
      );
    } catch (e) {
      notifyError(errorMessage(e));
    }
  }, [id, record, t]);

  const undo = useCallback(async () => {
    const last = history[history.length - 1];
    if (!last) return;
    try {
      await undoChanges(last);
      setHistory((h) => h.slice(0, -1));
      notifySaved(t('session.undone'));
    } catch (e) {
      notifyError(errorMessage(e));
    }
  }, [history, t]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (cancelled || ctx === undefined || ctx === null) return;
      // Physical key codes, so the shortcuts work in the Russian layout too.
      if (e.altKey && !e.ctrlKey && e.code === 'Digit1') {
        e.preventDefault();
        void allPresent();
      } else if ((e.ctrlKey || e.metaKey) && !e.altKey && e.code === 'KeyZ' && !isTextField(e.target)) {
        e.preventDefault();
        void undo();
      }
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [allPresent, undo, cancelled, ctx]);

  async function sheet(variant: SheetVariant, action: 'print' | 'save') {
    if (!ctx) return;
    setBusy(true);
    try {
      if (action === 'print') await printSheet(ctx, venue, variant);
      else if (await saveSheet(ctx, venue, variant)) notifySaved(t('session.sheetSaved'));
    } catch (e) {
      notifyError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  async function platformFlag(date: string | null) {
    try {
      await setPlatformConfirmed(id, date);
      notifySaved(
        date ? t('session.platform.set', { date: formatDate(date) }) : t('session.platform.cleared'),
      );
    } catch (e) {
      notifyError(errorMessage(e));
    }
  }

  if (ctx === undefined) return null;
  if (ctx === null) {
    return (
      <>
        <PageHeader
          title={t('session.notFound')}
          breadcrumbs={[{ label: t('title'), to: '/attendance' }, { label: t('session.notFound') }]}
        />
        <EmptyState
          title={t('session.notFound')}
          text={t('session.notFoundText')}
          action={
            <Anchor component={Link} to="/attendance">
              {t('session.back')}
            </Anchor>
          }
        />
      </>
    );
  }

  const { session, group, program, place } = ctx;
  const title = t('session.title', {
    date: formatDate(session.date),
    start: session.start,
    end: session.end,
  });
  const rows: GridRow[] = ctx.participants.map((p) => {
    const school = p.schoolId ? ctx.schools.get(p.schoolId) : undefined;
    const grade = p.grade === null ? '' : `${p.grade}${p.classLetter}`;
    return {
      participant: p,
      subtitle: [school?.shortName || school?.fullName, grade].filter(Boolean).join(', '),
      mark: ctx.marks.get(p.id),
    };
  });
  const attended = rows.filter((r) => r.mark && ATTENDED_STATUSES.includes(r.mark.status)).length;
  const unmarked = rows.filter((r) => !r.mark).length;
  const today = todayIso();

  return (
    <>
      <PageHeader
        title={title}
        breadcrumbs={[
          { label: t('title'), to: '/attendance' },
          { label: group?.name ?? '—', to: group ? `/attendance/groups/${group.id}` : undefined },
          { label: title },
        ]}
        actions={
          <>
            <Tooltip label={t('session.undo')}>
              <ActionIcon
                variant="default"
                size="lg"
                onClick={() => void undo()}
                disabled={history.length === 0}
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
                <Menu.Item onClick={() => void sheet('blank', 'print')}>{t('session.printBlank')}</Menu.Item>
                <Menu.Item onClick={() => void sheet('filled', 'print')}>
                  {t('session.printFilled')}
                </Menu.Item>
                <Menu.Divider />
                <Menu.Item onClick={() => void sheet('blank', 'save')}>{t('session.saveBlank')}</Menu.Item>
                <Menu.Item onClick={() => void sheet('filled', 'save')}>{t('session.saveFilled')}</Menu.Item>
              </Menu.Dropdown>
            </Menu>
            <Tooltip label={t('session.allPresentHint')}>
              <Button
                leftSection={<IconChecks size={16} />}
                onClick={() => void allPresent()}
                disabled={cancelled || rows.length === 0}
                aria-keyshortcuts="Alt+1"
              >
                {t('session.allPresent')}
              </Button>
            </Tooltip>
          </>
        }
      />
      <Stack gap="sm">
        <Paper withBorder p="sm">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={2}>
              <Text size="sm">
                <Text span c="dimmed">
                  {t('session.program')}:{' '}
                </Text>
                {program?.title ?? '—'}
                {group && (
                  <>
                    {' · '}
                    <Anchor component={Link} to={`/attendance/groups/${group.id}`} size="sm">
                      {t('session.overview')}
                    </Anchor>
                  </>
                )}
              </Text>
              <Text size="sm">
                <Text span c="dimmed">
                  {t('session.place')}:{' '}
                </Text>
                {place?.name ?? (session.onlineLink || '—')}
                <Text span c="dimmed">
                  {' · '}
                  {t('session.mentors')}:{' '}
                </Text>
                {ctx.mentors.map((m) => shortFio(m)).join(', ') || '—'}
              </Text>
              <Text size="sm" fw={500} aria-live="polite">
                {t('session.counts', { enrolled: rows.length, attended, unmarked })}
                {savedAt && (
                  <Text span size="xs" c="dimmed" ml="sm">
                    {t('session.saved')} · {savedAt}
                  </Text>
                )}
              </Text>
            </Stack>
            <Stack gap={4} w={300}>
              <Checkbox
                label={t('session.platform.label')}
                checked={!!session.platformConfirmedOn}
                disabled={cancelled}
                onChange={(e) => void platformFlag(e.currentTarget.checked ? today : null)}
              />
              {session.platformConfirmedOn && (
                <DateField
                  size="xs"
                  label={t('session.platform.date')}
                  value={session.platformConfirmedOn}
                  clearable={false}
                  onChange={(v) => {
                    if (v) void platformFlag(v);
                  }}
                />
              )}
              {!session.platformConfirmedOn && (
                <Text size="xs" c="dimmed">
                  {t('session.platform.hint')}
                </Text>
              )}
            </Stack>
          </Group>
        </Paper>
        {cancelled && (
          <Alert color="gray">
            {t('session.cancelled', { reason: session.cancelReason ? ` (${session.cancelReason})` : '' })}
          </Alert>
        )}
        {!cancelled && session.date > today && (
          <Alert color="yellow" p="xs">
            {t('session.future')}
          </Alert>
        )}
        <Group justify="space-between" wrap="nowrap">
          <Text size="xs" c="dimmed">
            {rows.length > 0 ? t('session.keys') : ''}
          </Text>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconUserPlus size={16} />}
            onClick={() => setWalkInOpen(true)}
            disabled={cancelled}
          >
            {t('session.walkIn')}
          </Button>
        </Group>
        {rows.length === 0 ? (
          <EmptyState title={t('session.noParticipants')} text={t('session.noParticipantsText')} />
        ) : (
          <MarkingGrid rows={rows} disabled={cancelled} onMark={mark} onNote={note} />
        )}
      </Stack>
      {walkInOpen && <WalkInDialog ctx={ctx} onClose={() => setWalkInOpen(false)} />}
    </>
  );
}
