import { useMemo, useState } from 'react';
import { Alert, Badge, Button, Checkbox, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconCertificate, IconDownload } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { Certificate, Id, Participant } from '@shared/domain';
import { formatDate } from '@shared/dates';
import { SKIP_REASON_LABELS, gradeLabel, type SkipReason } from '@shared/certificates';
import { joinFio } from '@shared/text/fio';
import { countLabel, formatNumber, ruCollator } from '@shared/text/collation';
import { db } from '../../db';
import { eligibilityForGroup, issueCertificates } from '../../db/repos/certificate-repo';
import { DataTable, EmptyState, errorMessage, notifyError, PageHeader, type Column } from '../../ui';
import { usePdfDownload } from './certificate-ui';

interface Row {
  participantId: Id;
  fio: string;
  school: string;
  grade: string;
  attended: string;
  completedOn: string | null;
  reason: SkipReason | null;
  heldNumber: string | null;
}

const CERT_FORMS = ['сертификат', 'сертификата', 'сертификатов'] as const;

export function IssuePage() {
  const { t } = useTranslation('certificates');
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const groupId = params.get('group');
  const onlyParticipant = params.get('participant');
  const [excluded, setExcluded] = useState<Set<Id>>(new Set());
  const [issuing, setIssuing] = useState(false);
  const [issued, setIssued] = useState<Certificate[] | null>(null);
  const pdf = usePdfDownload();

  const groupOptions = useLiveQuery(async () => {
    const [groups, programs] = await Promise.all([db.groups.toArray(), db.programs.toArray()]);
    const titles = new Map(programs.map((p) => [p.id, p.title]));
    const byProgram = new Map<string, { value: string; label: string }[]>();
    for (const g of groups) {
      const title = titles.get(g.programId) ?? '—';
      const items = byProgram.get(title) ?? [];
      items.push({ value: g.id, label: g.name });
      byProgram.set(title, items);
    }
    return [...byProgram]
      .sort(([a], [b]) => ruCollator.compare(a, b))
      .map(([group, items]) => ({
        group,
        items: items.sort((a, b) => ruCollator.compare(a.label, b.label)),
      }));
  }, []);
  const schools = useLiveQuery(() => db.schools.toArray(), []);

  const view = useLiveQuery(
    async () => (groupId ? await eligibilityForGroup(groupId).catch((e: unknown) => errorMessage(e)) : null),
    [groupId],
  );

  const { eligible, skipped } = useMemo(() => {
    if (!view || typeof view === 'string') return { eligible: [] as Row[], skipped: [] as Row[] };
    const schoolNames = new Map((schools ?? []).map((s) => [s.id, s.shortName || s.fullName]));
    const row = (
      participantId: Id,
      completion: { attended: number; required: number },
      completedOn: string | null,
      reason: SkipReason | null,
      heldNumber: string | null,
    ): Row => {
      const p: Participant | undefined = view.participants.get(participantId);
      return {
        participantId,
        fio: p && !p.anonymizedAt ? joinFio(p) : '—',
        school: (p?.schoolId && schoolNames.get(p.schoolId)) || '',
        grade: p ? gradeLabel(p.grade, p.classLetter) : '',
        attended: t('issue.attended', { attended: completion.attended, required: completion.required }),
        completedOn,
        reason,
        heldNumber,
      };
    };
    const byFio = (a: Row, b: Row) => ruCollator.compare(a.fio, b.fio);
    return {
      eligible: view.eligible
        .map((e) => row(e.participantId, e.completion, e.completedOn, null, null))
        .sort(byFio),
      skipped: view.skipped
        .map((s) => row(s.participantId, s.completion, s.completion.completedOn, s.reason, s.heldNumber))
        .sort(byFio),
    };
  }, [view, schools, t]);

  const isChosen = (id: Id) => (onlyParticipant ? id === onlyParticipant : !excluded.has(id));
  const chosen = eligible.filter((r) => isChosen(r.participantId));

  function toggle(id: Id, on: boolean) {
    if (onlyParticipant) {
      setParams({ group: groupId ?? '' });
      setExcluded(new Set(eligible.map((r) => r.participantId).filter((p) => p !== id || !on)));
      return;
    }
    setExcluded((prev) => {
      const next = new Set(prev);
      if (on) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  async function issue() {
    if (!groupId || chosen.length === 0) return;
    setIssuing(true);
    try {
      const result = await issueCertificates({ groupId, participantIds: chosen.map((r) => r.participantId) });
      setIssued(result.issued);
      setExcluded(new Set());
    } catch (e) {
      notifyError(errorMessage(e));
    } finally {
      setIssuing(false);
    }
  }

  const allOn = eligible.length > 0 && chosen.length === eligible.length;
  const eligibleColumns: Column<Row>[] = [
    {
      id: 'pick',
      header: '',
      cell: (r) => (
        <Checkbox
          aria-label={t('issue.select', { fio: r.fio })}
          checked={isChosen(r.participantId)}
          onChange={(e) => toggle(r.participantId, e.currentTarget.checked)}
        />
      ),
      width: 48,
    },
    { id: 'fio', header: t('columns.fio'), cell: (r) => r.fio, sortValue: (r) => r.fio, width: '34%' },
    { id: 'school', header: t('columns.school'), cell: (r) => r.school, sortValue: (r) => r.school },
    { id: 'grade', header: t('columns.grade'), cell: (r) => r.grade, sortValue: (r) => r.grade, width: 80 },
    { id: 'attended', header: t('columns.attended'), cell: (r) => r.attended, width: 110 },
    {
      id: 'completedOn',
      header: t('columns.completedOn'),
      cell: (r) => formatDate(r.completedOn),
      sortValue: (r) => r.completedOn,
      width: 150,
    },
  ];
  const skippedColumns: Column<Row>[] = [
    { id: 'fio', header: t('columns.fio'), cell: (r) => r.fio, sortValue: (r) => r.fio, width: '34%' },
    { id: 'school', header: t('columns.school'), cell: (r) => r.school, sortValue: (r) => r.school },
    { id: 'grade', header: t('columns.grade'), cell: (r) => r.grade, width: 80 },
    { id: 'attended', header: t('columns.attended'), cell: (r) => r.attended, width: 110 },
    {
      id: 'reason',
      header: t('columns.reason'),
      cell: (r) =>
        r.reason
          ? `${SKIP_REASON_LABELS[r.reason]}${r.heldNumber ? ` (${t('issue.held', { number: r.heldNumber })})` : ''}`
          : '',
      sortValue: (r) => (r.reason ? SKIP_REASON_LABELS[r.reason] : ''),
      width: '32%',
    },
  ];
  const tableHeight = (n: number) => Math.min(360, 44 + n * 40);

  return (
    <>
      <PageHeader
        title={t('issue.title')}
        breadcrumbs={[{ label: t('title'), to: '/certificates' }, { label: t('issue.title') }]}
      />
      <Stack>
        <Paper withBorder p="md">
          <Select
            label={t('issue.group')}
            placeholder={t('issue.groupPlaceholder')}
            description={t('issue.groupHint')}
            data={groupOptions ?? []}
            value={groupId}
            onChange={(v) => {
              setExcluded(new Set());
              setIssued(null);
              setParams(v ? { group: v } : {});
            }}
            searchable
            maw={560}
            nothingFoundMessage={t('issue.noGroups')}
          />
        </Paper>

        {issued && issued.length > 0 && (
          <Alert color="teal" title={t('issue.done', { count: issued.length })}>
            <Stack gap="xs">
              <Text size="sm">
                {t('issue.doneRange', { first: issued[0]!.number, last: issued[issued.length - 1]!.number })}
              </Text>
              <Group>
                <Button
                  leftSection={<IconDownload size={16} />}
                  onClick={() => void pdf.download(issued)}
                  loading={pdf.busy}
                >
                  {t('actions.downloadPdf')} ({countLabel(issued.length, CERT_FORMS)})
                </Button>
                <Button variant="default" onClick={() => navigate('/certificates')}>
                  {t('actions.openJournal')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}

        {typeof view === 'string' && <Alert color="red">{view}</Alert>}

        {view && typeof view !== 'string' && (
          <>
            <Paper withBorder p="md">
              <Group justify="space-between" mb="sm">
                <Group gap="xs">
                  <Title order={2} fz="lg">
                    {t('issue.eligibleTitle')}
                  </Title>
                  <Badge variant="light" color="teal">
                    {formatNumber(eligible.length)}
                  </Badge>
                </Group>
                {eligible.length > 0 && (
                  <Group gap="sm">
                    <Checkbox
                      label={t('issue.selectAll')}
                      checked={allOn}
                      indeterminate={!allOn && chosen.length > 0}
                      onChange={(e) => {
                        if (onlyParticipant) setParams({ group: groupId ?? '' });
                        setExcluded(
                          e.currentTarget.checked ? new Set() : new Set(eligible.map((r) => r.participantId)),
                        );
                      }}
                    />
                    <Button
                      leftSection={<IconCertificate size={16} />}
                      onClick={() => void issue()}
                      loading={issuing}
                      disabled={chosen.length === 0}
                    >
                      {t('issue.submit', { count: chosen.length })}
                    </Button>
                  </Group>
                )}
              </Group>
              {eligible.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('issue.none')}
                </Text>
              ) : (
                <DataTable
                  rows={eligible}
                  columns={eligibleColumns}
                  rowKey={(r) => r.participantId}
                  label={t('issue.eligibleTable')}
                  height={tableHeight(eligible.length)}
                />
              )}
            </Paper>
            {skipped.length > 0 && (
              <Paper withBorder p="md">
                <Group gap="xs" mb="sm">
                  <Title order={2} fz="lg">
                    {t('issue.skippedTitle')}
                  </Title>
                  <Badge variant="light" color="gray">
                    {formatNumber(skipped.length)}
                  </Badge>
                </Group>
                <DataTable
                  rows={skipped}
                  columns={skippedColumns}
                  rowKey={(r) => r.participantId}
                  label={t('issue.skippedTable')}
                  height={tableHeight(skipped.length)}
                />
              </Paper>
            )}
          </>
        )}
        {groupOptions && groupOptions.length === 0 && <EmptyState title={t('issue.noGroups')} />}
      </Stack>
      {pdf.dialog}
    </>
  );
}
