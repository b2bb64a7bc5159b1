import { useState } from 'react';
import { Button, Checkbox, Group, NumberInput, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, todayIso } from '@shared/dates';
import {
  clampRetentionYears,
  RETENTION_YEARS_MAX,
  RETENTION_YEARS_MIN,
} from '@shared/participants/retention';
import { anonymizeParticipants } from '../../../db/repos/participant-repo';
import { setSetting } from '../../../db/repos/settings-repo';
import { confirmDanger, enumLabel, useAction } from '../../../ui';
import { useSetting } from '../use-setting';
import { useLapsedConsents, usePastRetentionTerm } from './use-retention';

/**
 * Настройки › «Хранение данных»: the term pupils' data is kept after their last trial, who is past it (to be
 * anonymised together) and which consents have run out (docs/retention.md).
 */
export function RetentionPanel() {
  const { t } = useTranslation('settings');
  const today = todayIso();
  const years = useSetting('retentionYears');
  const past = usePastRetentionTerm(today);
  const lapsed = useLapsedConsents(today);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const { busy, run } = useAction();
  const chosen = (past ?? []).filter((r) => selected.has(r.id)).map((r) => r.id);

  async function anonymise() {
    const ok = await confirmDanger({
      title: t('retention.confirmTitle'),
      message: t('retention.confirmText', { count: chosen.length }),
      confirmLabel: t('retention.anonymise'),
    });
    if (!ok) return;
    const done = await run(() => anonymizeParticipants(chosen), {
      success: t('retention.done', { count: chosen.length }),
    });
    if (done !== undefined) setSelected(new Set());
  }

  function toggle(id: string, on: boolean) {
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  return (
    <Stack maw={960}>
      <Paper withBorder p="lg">
        <Title order={2} fz="lg" mb="sm">
          {t('retention.termTitle')}
        </Title>
        {years !== undefined && (
          <NumberInput
            label={t('retention.termLabel')}
            description={t('retention.termRange', { min: RETENTION_YEARS_MIN, max: RETENTION_YEARS_MAX })}
            min={RETENTION_YEARS_MIN}
            max={RETENTION_YEARS_MAX}
            step={1}
            allowDecimal={false}
            clampBehavior="strict"
            maw={420}
            value={years}
            onChange={(v) => {
              if (typeof v === 'number') void run(() => setSetting('retentionYears', clampRetentionYears(v)));
            }}
          />
        )}
      </Paper>

      <Paper withBorder p="lg">
        <Group justify="space-between" mb="sm">
          <Title order={2} fz="lg">
            {t('retention.pastTitle')}
          </Title>
          <Button
            color="red"
            variant="light"
            disabled={chosen.length === 0}
            loading={busy}
            onClick={() => void anonymise()}
          >
            {t('retention.anonymise')}
          </Button>
        </Group>
        {past !== undefined && past.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('retention.pastNone')}
          </Text>
        ) : (
          <Table aria-label={t('retention.pastTitle')} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>
                  <Checkbox
                    aria-label={t('retention.selectAll')}
                    checked={past !== undefined && past.length > 0 && chosen.length === past.length}
                    indeterminate={chosen.length > 0 && chosen.length < (past?.length ?? 0)}
                    onChange={(e) =>
                      setSelected(new Set(e.currentTarget.checked ? (past ?? []).map((r) => r.id) : []))
                    }
                  />
                </Table.Th>
                <Table.Th>{t('retention.fio')}</Table.Th>
                <Table.Th>{t('retention.lastTrial')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(past ?? []).map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Checkbox
                      aria-label={t('retention.select', { fio: r.fio })}
                      checked={selected.has(r.id)}
                      onChange={(e) => toggle(r.id, e.currentTarget.checked)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Link to={`/participants/${r.id}`}>{r.fio}</Link>
                  </Table.Td>
                  <Table.Td>{r.lastTrial ? formatDate(r.lastTrial) : t('retention.noTrial')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>

      <Paper withBorder p="lg">
        <Title order={2} fz="lg" mb="sm">
          {t('retention.consentsTitle')}
        </Title>
        {lapsed !== undefined && lapsed.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('retention.consentsNone')}
          </Text>
        ) : (
          <Table aria-label={t('retention.consentsTitle')} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('retention.fio')}</Table.Th>
                <Table.Th>{t('retention.consentKind')}</Table.Th>
                <Table.Th>{t('retention.validUntil')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(lapsed ?? []).map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Link to={`/participants/${c.participantId}`}>{c.fio}</Link>
                  </Table.Td>
                  <Table.Td>{enumLabel('consentKind', c.kind)}</Table.Td>
                  <Table.Td>{formatDate(c.validUntil)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  );
}
