import { useState } from 'react';
import { Alert, Button, Checkbox, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconCertificate, IconDownload, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { Certificate, Id } from '@shared/domain';
import { issueCertificates } from '../../db/repos/certificate-repo';
import { EmptyState, errorMessage, PageHeader, useAction } from '../../ui';
import { usePdfDownload } from './certificate-ui';
import { IssueConfirm } from './issue-confirm';
import { useIssueRows } from './issue-rows';
import { EligibleTable, IssuePanel, SkippedTable } from './issue-tables';
import { useDueByGroup, useEligibility, useGroupChoices } from './use-certificates';

/**
 * Issuing certificates to a group: everyone eligible is chosen unless unticked (or, from a participant's card,
 * only that participant); the skipped are listed with their reasons.
 */
export function IssuePage() {
  const { t } = useTranslation('certificates');
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const groupId = params.get('group');
  const onlyParticipant = params.get('participant');
  const [excluded, setExcluded] = useState<Set<Id>>(new Set());
  const [issued, setIssued] = useState<Certificate[] | null>(null);
  const [asking, setAsking] = useState(false);
  const issuing = useAction();
  const pdf = usePdfDownload();
  const choices = useGroupChoices();
  const due = useDueByGroup();
  // Each group says how many are due now, so the coordinator sees where certificates wait.
  const groupOptions = choices?.map((c) => ({
    group: c.group,
    items: c.items.map((i) => {
      const n = due?.get(i.value) ?? 0;
      return { value: i.value, label: n > 0 ? t('issue.dueOption', { name: i.label, count: n }) : i.label };
    }),
  }));
  const result = useEligibility(groupId);
  const view = result?.view;
  const { eligible, skipped } = useIssueRows(view);

  const isChosen = (id: Id) => (onlyParticipant ? id === onlyParticipant : !excluded.has(id));
  const chosen = eligible.filter((r) => isChosen(r.participantId));
  const allOn = eligible.length > 0 && chosen.length === eligible.length;

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

  function toggleAll(on: boolean) {
    if (onlyParticipant) setParams({ group: groupId ?? '' });
    setExcluded(on ? new Set() : new Set(eligible.map((r) => r.participantId)));
  }

  async function issue() {
    if (!groupId || chosen.length === 0) return;
    const done = await issuing.run(() =>
      issueCertificates({ groupId, participantIds: chosen.map((r) => r.participantId) }),
    );
    setAsking(false);
    if (!done) return;
    setIssued(done.issued);
    setExcluded(new Set());
  }

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
                  {t('issue.downloadIssued', { count: issued.length })}
                </Button>
                <Button
                  variant="default"
                  leftSection={<IconPrinter size={16} />}
                  onClick={() => void pdf.print(issued)}
                  loading={pdf.busy}
                >
                  {t('issue.printIssued', { count: issued.length })}
                </Button>
                <Button variant="default" onClick={() => navigate('/certificates')}>
                  {t('actions.openJournal')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}

        {result && result.error !== null && <Alert color="red">{errorMessage(result.error)}</Alert>}

        {view && (
          <>
            <IssuePanel
              title={t('issue.eligibleTitle')}
              count={eligible.length}
              color="teal"
              actions={
                eligible.length > 0 && (
                  <Group gap="sm">
                    <Checkbox
                      label={t('issue.selectAll')}
                      checked={allOn}
                      indeterminate={!allOn && chosen.length > 0}
                      onChange={(e) => toggleAll(e.currentTarget.checked)}
                    />
                    <Button
                      leftSection={<IconCertificate size={16} />}
                      onClick={() => setAsking(true)}
                      loading={issuing.busy}
                      disabled={chosen.length === 0}
                    >
                      {t('issue.submit', { count: chosen.length })}
                    </Button>
                  </Group>
                )
              }
            >
              {eligible.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('issue.none')}
                </Text>
              ) : (
                <EligibleTable rows={eligible} isChosen={isChosen} onToggle={toggle} />
              )}
            </IssuePanel>
            {skipped.length > 0 && (
              <IssuePanel title={t('issue.skippedTitle')} count={skipped.length} color="gray">
                <SkippedTable rows={skipped} />
              </IssuePanel>
            )}
          </>
        )}
        {groupOptions && groupOptions.length === 0 && <EmptyState title={t('issue.noGroups')} />}
      </Stack>
      {pdf.dialog}
      <IssueConfirm
        count={chosen.length}
        opened={asking}
        busy={issuing.busy}
        onConfirm={() => void issue()}
        onClose={() => setAsking(false)}
      />
    </>
  );
}
