import { Anchor, Badge, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { completionsOf } from '@shared/attendance/completion';
import { formatDate, todayIso } from '@shared/dates';
import { groupProgress, localTimeOf } from '@shared/schedule/group-progress';
import { joinFio } from '@shared/text/fio';
import type { GroupOverview } from '../../db/queries/attendance';
import { enumLabel, PageHeader, RecordPage } from '../../ui';
import { MARK_COLORS } from './marking-grid';
import classes from './attendance.module.css';
import { useGroupOverview } from './use-attendance';
import { BadgesButton } from '../qr/public';

/** Participants × sessions: every mark of the group and who completed the trial (the shared completion rule). */
export function GroupOverviewPage() {
  const { t } = useTranslation('attendance');
  const { id = '' } = useParams();
  const overview = useGroupOverview(id);
  return (
    <RecordPage
      record={overview}
      notFoundTitle={t('group.notFound')}
      breadcrumbs={[{ label: t('title'), to: '/attendance' }]}
    >
      {(o) => <Overview overview={o} />}
    </RecordPage>
  );
}

function Overview({ overview }: { overview: GroupOverview }) {
  const { t } = useTranslation('attendance');
  const { t: ts } = useTranslation('schedule');
  const { group, program, sessions, participants, marks } = overview;
  const now = new Date();
  const progress = groupProgress(sessions, todayIso(now), localTimeOf(now));
  const rule = program?.completion ?? { mode: 'all' as const };
  const completions = completionsOf(
    participants.map((p) => p.id),
    sessions,
    marks,
    rule,
  );
  const markOf = new Map(marks.map((m) => [`${m.sessionId}:${m.participantId}`, m]));
  const completedCount = [...completions.values()].filter((c) => c.completed).length;
  const ruleText = rule.mode === 'all' ? t('group.ruleAll') : t('group.ruleShare', { percent: rule.percent });

  return (
    <>
      <PageHeader
        title={group.name}
        breadcrumbs={[
          { label: t('title'), to: '/attendance' },
          { label: t('group.title') },
          { label: group.name },
        ]}
        actions={<BadgesButton source={{ groupId: group.id }} what={group.name} />}
      />
      <Stack gap="sm">
        <Paper withBorder p="sm">
          <Group justify="space-between">
            <Stack gap={2}>
              <Text size="sm">
                <Text span c="dimmed">
                  {t('session.program')}:{' '}
                </Text>
                {program?.title ?? '—'}
              </Text>
              <Text size="sm">
                <Text span c="dimmed">
                  {t('group.rule')}:{' '}
                </Text>
                {ruleText}
              </Text>
            </Stack>
            <Stack gap={2} align="flex-end">
              <Text fw={600}>
                {t('group.completed', { completed: completedCount, total: participants.length })}
              </Text>
              {progress.state === 'running' && (
                <Text size="sm" c="blue.8">
                  {ts('progress.running', { count: progress.remaining })}
                </Text>
              )}
            </Stack>
          </Group>
        </Paper>
        {sessions.length === 0 ? (
          <Text c="dimmed">{t('group.noSessions')}</Text>
        ) : (
          <>
            <div className={classes.scroll} style={{ maxHeight: 'calc(100vh - 300px)' }}>
              <table className={classes.matrix} aria-label={t('group.matrixLabel')}>
                <thead>
                  <tr>
                    <th scope="col" style={{ textAlign: 'left', left: 0, zIndex: 3 }}>
                      {t('group.participant')}
                    </th>
                    {sessions.map((s) => (
                      <th
                        key={s.id}
                        scope="col"
                        className={s.status === 'cancelled' ? classes.cancelledColumn : undefined}
                      >
                        <Anchor component={Link} to={`/attendance/sessions/${s.id}`} size="sm">
                          {formatDate(s.date)} {s.start}
                        </Anchor>
                        {s.status === 'cancelled' && (
                          <Text size="xs" c="dimmed">
                            {t('group.cancelled')}
                          </Text>
                        )}
                      </th>
                    ))}
                    <th scope="col">{t('group.attended')}</th>
                    <th scope="col" style={{ textAlign: 'left' }}>
                      {t('group.status')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {participants.map((p) => {
                    const c = completions.get(p.id)!;
                    return (
                      <tr key={p.id}>
                        <th scope="row">{joinFio(p)}</th>
                        {sessions.map((s) => {
                          const m = markOf.get(`${s.id}:${p.id}`);
                          return (
                            <td key={s.id} style={{ textAlign: 'center' }}>
                              {m ? (
                                <Tooltip
                                  label={
                                    m.note
                                      ? `${enumLabel('attendanceStatus', m.status)}: ${m.note}`
                                      : enumLabel('attendanceStatus', m.status)
                                  }
                                >
                                  <Badge
                                    variant="light"
                                    color={MARK_COLORS[m.status]}
                                    aria-label={enumLabel('attendanceStatus', m.status)}
                                  >
                                    {t(`marksShort.${m.status}`)}
                                  </Badge>
                                </Tooltip>
                              ) : (
                                <Text span size="sm" c="dimmed" aria-label={t('group.noMark')}>
                                  —
                                </Text>
                              )}
                            </td>
                          );
                        })}
                        <td style={{ textAlign: 'center' }}>
                          {c.attended} / {c.required}
                        </td>
                        <td>
                          {c.completed ? (
                            <Badge color="teal" variant="filled">
                              {t('group.done', { date: formatDate(c.completedOn) })}
                            </Badge>
                          ) : progress.state === 'running' ? (
                            <Tooltip label={ts('progress.runningHint')}>
                              <Badge color="blue" variant="light" tt="none">
                                {ts('progress.running', { count: progress.remaining })}
                              </Badge>
                            </Tooltip>
                          ) : (
                            <Badge color="gray" variant="light">
                              {t('group.notDone')}
                            </Badge>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <Text size="xs" c="dimmed">
              {t('group.legend')}
            </Text>
          </>
        )}
      </Stack>
    </>
  );
}
