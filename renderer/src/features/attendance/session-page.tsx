import { useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconQrcode, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ATTENDED_STATUSES } from '@shared/domain';
import { formatDate, todayIso } from '@shared/dates';
import { schoolLabel } from '@shared/participants/build';
import type { SessionContext } from '../../db/queries/attendance';
import { addWalkIn } from '../../db/commands/walk-in';
import { EmptyState, PageHeader, RecordPage } from '../../ui';
import { ScanPanel } from '../qr/public';
import { MarkingGrid, type GridRow } from './marking-grid';
import classes from './attendance.module.css';
import { SessionActions } from './session-actions';
import { SessionSummary } from './session-summary';
import { useMarking } from './use-marking';
import { useSessionContext } from './use-attendance';
import { WalkInDialog } from './walk-in-dialog';

export function SessionPage({ scanning = false }: { scanning?: boolean }) {
  const { t } = useTranslation('attendance');
  const { id = '' } = useParams();
  const ctx = useSessionContext(id);
  const marking = useMarking(id, !!ctx && ctx.session.status !== 'cancelled');
  return (
    <RecordPage
      record={ctx}
      notFoundTitle={t('session.notFound')}
      notFoundText={t('session.notFoundText')}
      breadcrumbs={[{ label: t('title'), to: '/attendance' }]}
    >
      {(c) => <Marking ctx={c} marking={marking} scanning={scanning} />}
    </RecordPage>
  );
}

function gridRows(ctx: SessionContext): GridRow[] {
  return ctx.participants.map((p) => {
    const school = p.schoolId ? ctx.schools.get(p.schoolId) : undefined;
    const grade = p.grade === null ? '' : `${p.grade}${p.classLetter}`;
    return {
      participant: p,
      subtitle: [school && schoolLabel(school), grade].filter(Boolean).join(', '),
      mark: ctx.marks.get(p.id),
    };
  });
}

function Marking({
  ctx,
  marking,
  scanning,
}: {
  ctx: SessionContext;
  marking: ReturnType<typeof useMarking>;
  scanning: boolean;
}) {
  const { t } = useTranslation('attendance');
  const { t: tq } = useTranslation('qr');
  const navigate = useNavigate();
  const [walkInOpen, setWalkInOpen] = useState(false);
  const { session, group } = ctx;
  const cancelled = session.status === 'cancelled';
  const title = t('session.title', {
    date: formatDate(session.date),
    start: session.start,
    end: session.end,
  });
  const rows = gridRows(ctx);
  const attended = rows.filter((r) => r.mark && ATTENDED_STATUSES.includes(r.mark.status)).length;
  const unmarked = rows.filter((r) => !r.mark).length;

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
          <SessionActions
            ctx={ctx}
            canUndo={marking.canUndo}
            canMarkAll={!cancelled && rows.length > 0}
            onUndo={() => void marking.undo()}
            onAllPresent={() => void marking.allPresent()}
          />
        }
      />
      <Stack gap="sm">
        <SessionSummary
          ctx={ctx}
          counts={{ enrolled: rows.length, attended, unmarked }}
          savedAt={marking.savedAt}
        />
        {cancelled && (
          <Alert color="gray">
            {t('session.cancelled', { reason: session.cancelReason ? ` (${session.cancelReason})` : '' })}
          </Alert>
        )}
        {!cancelled && session.date > todayIso() && (
          <Alert color="yellow" p="xs">
            {t('session.future')}
          </Alert>
        )}
        <Group justify="space-between" wrap="nowrap">
          <Text size="xs" c="dimmed" className={classes.keysHint}>
            {rows.length > 0 ? t('session.keys') : ''}
          </Text>
          <Group gap="xs" wrap="nowrap">
            {!scanning && (
              <Button
                variant="default"
                size="xs"
                leftSection={<IconQrcode size={16} />}
                onClick={() => void navigate('scan')}
                disabled={cancelled}
                title={tq('scan.openHint')}
              >
                {tq('scan.open')}
              </Button>
            )}
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
        </Group>
        {scanning && (
          <ScanPanel
            participants={ctx.participants}
            canMark={!cancelled}
            onScanned={marking.scan}
            onWalkIn={async (participantId) => {
              await addWalkIn(session.id, { participantId }, 'present');
            }}
            onClose={() => void navigate(`/attendance/sessions/${session.id}`, { replace: true })}
          />
        )}
        {rows.length === 0 ? (
          <EmptyState title={t('session.noParticipants')} text={t('session.noParticipantsText')} />
        ) : (
          <MarkingGrid rows={rows} disabled={cancelled} onMark={marking.mark} onNote={marking.note} />
        )}
      </Stack>
      {walkInOpen && <WalkInDialog ctx={ctx} onClose={() => setWalkInOpen(false)} />}
    </>
  );
}
