import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Badge, Button, Group, Modal, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPaperclip, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  CONSENT_KINDS,
  CONSENT_KIND_LABELS,
  type Consent,
  type Participant,
  type StoredFile,
} from '@shared/domain';
import { consentRecordStatus, CONSENT_STATUS_LABELS } from '@shared/participants/consent-rules';
import { consentSchema, type ConsentFormValues, type ConsentValues } from '@shared/participants/schemas';
import { formatDate, todayIso } from '@shared/dates';
import { MAX_SCAN_BYTES, saveConsent, withdrawConsent } from '../../../db/repos/consent-repo';
import { platform } from '../../../platform';
import { DateField, confirmDanger, errorMessage, notifyError, notifySaved } from '../../../ui';

const STATUS_COLORS = { valid: 'teal', expired: 'orange', withdrawn: 'gray' } as const;

function bytesToDataUrl(data: Uint8Array, type: string): string {
  let binary = '';
  for (let i = 0; i < data.length; i += 0x8000)
    binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
  return `data:${type};base64,${btoa(binary)}`;
}

function dataUrlToBytes(url: string): Uint8Array {
  const binary = atob(url.slice(url.indexOf(',') + 1));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

const SCAN_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/** Consents, each its own record; the health consent is what allows ОВЗ data. */
export function ConsentsPanel({ participant, consents }: { participant: Participant; consents: Consent[] }) {
  const { t } = useTranslation('participants');
  const [open, setOpen] = useState(false);
  const today = todayIso();
  const disabled = !!participant.anonymizedAt;

  async function onWithdraw(c: Consent) {
    const ok = await confirmDanger({
      title: t('consents.withdrawTitle'),
      message:
        c.kind === 'health'
          ? t('consents.withdrawHealth', { kind: CONSENT_KIND_LABELS[c.kind], date: formatDate(today) })
          : t('consents.withdrawText', { kind: CONSENT_KIND_LABELS[c.kind], date: formatDate(today) }),
      confirmLabel: t('consents.withdraw'),
    });
    if (!ok) return;
    try {
      const cleared = await withdrawConsent(c.id, today);
      notifySaved(cleared ? t('consents.withdrawnCleared') : t('consents.withdrawn'));
    } catch (error) {
      notifyError(errorMessage(error));
    }
  }

  async function onDownload(c: Consent) {
    if (!c.scan) return;
    await platform.saveFile({
      suggestedName: c.scan.name,
      data: dataUrlToBytes(c.scan.dataUrl),
      mimeType: c.scan.type,
    });
  }

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed" maw={700}>
          {t('consents.intro')}
        </Text>
        {!disabled && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setOpen(true)}>
            {t('consents.add')}
          </Button>
        )}
      </Group>
      {consents.length === 0 ? (
        <Text c="dimmed">{t('consents.empty')}</Text>
      ) : (
        <Table striped withTableBorder aria-label={t('consents.label')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('consents.kind')}</Table.Th>
              <Table.Th>{t('consents.guardian')}</Table.Th>
              <Table.Th>{t('consents.signedOn')}</Table.Th>
              <Table.Th>{t('consents.validUntil')}</Table.Th>
              <Table.Th>{t('consents.status')}</Table.Th>
              <Table.Th>{t('consents.scan')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {consents.map((c) => {
              const status = consentRecordStatus(c, today);
              return (
                <Table.Tr key={c.id}>
                  <Table.Td>{CONSENT_KIND_LABELS[c.kind]}</Table.Td>
                  <Table.Td>
                    {c.guardianName}
                    <Text size="xs" c="dimmed">
                      {c.guardianRelation}
                    </Text>
                  </Table.Td>
                  <Table.Td>{formatDate(c.signedOn)}</Table.Td>
                  <Table.Td>
                    {c.validUntil ? formatDate(c.validUntil) : t('consents.untilWithdrawn')}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLORS[status]} variant="light">
                      {CONSENT_STATUS_LABELS[status]}
                      {c.withdrawnOn ? ` ${formatDate(c.withdrawnOn)}` : ''}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {c.scan ? (
                      <Button
                        variant="subtle"
                        size="xs"
                        leftSection={<IconPaperclip size={14} />}
                        onClick={() => onDownload(c)}
                      >
                        {c.scan.name}
                      </Button>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td>
                    {!c.withdrawnOn && !disabled && (
                      <Button variant="subtle" color="red" size="xs" onClick={() => onWithdraw(c)}>
                        {t('consents.withdraw')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={open} onClose={() => setOpen(false)} title={t('consents.add')} size="lg" centered>
        {open && <ConsentForm participantId={participant.id} onDone={() => setOpen(false)} />}
      </Modal>
    </Stack>
  );
}

function ConsentForm({ participantId, onDone }: { participantId: string; onDone: () => void }) {
  const { t } = useTranslation('participants');
  const [scan, setScan] = useState<StoredFile | null>(null);
  const {
    register,
    control,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<ConsentFormValues, unknown, ConsentValues>({
    resolver: zodResolver(consentSchema),
    defaultValues: {
      kind: 'personal-data',
      guardianName: '',
      guardianRelation: '',
      signedOn: todayIso(),
      validUntil: null,
      withdrawnOn: null,
    },
  });

  async function attach() {
    const file = await platform.openFile([
      { name: t('consents.scanFilter'), extensions: Object.keys(SCAN_TYPES) },
    ]);
    if (!file) return;
    const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
    const type = SCAN_TYPES[ext];
    if (!type) return notifyError(t('consents.scanType', { name: file.name }));
    if (file.data.length > MAX_SCAN_BYTES) return notifyError(t('consents.scanTooBig', { name: file.name }));
    setScan({ name: file.name, type, dataUrl: bytesToDataUrl(file.data, type) });
  }

  const onSubmit = handleSubmit(async (values) => {
    try {
      await saveConsent(participantId, values, scan, null);
      notifySaved(t('consents.saved'));
      onDone();
    } catch (error) {
      notifyError(errorMessage(error));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('consents.add')}>
      <Stack gap="sm">
        <Controller
          control={control}
          name="kind"
          render={({ field }) => (
            <Select
              label={t('consents.kind')}
              withAsterisk
              data={CONSENT_KINDS.map((k) => ({ value: k, label: CONSENT_KIND_LABELS[k] }))}
              value={field.value}
              onChange={(v) => field.onChange(v)}
              allowDeselect={false}
              error={errors.kind?.message}
            />
          )}
        />
        <TextInput
          label={t('consents.guardianName')}
          withAsterisk
          {...register('guardianName')}
          error={errors.guardianName?.message}
        />
        <TextInput
          label={t('consents.relation')}
          placeholder={t('consents.relationPlaceholder')}
          withAsterisk
          {...register('guardianRelation')}
          error={errors.guardianRelation?.message}
        />
        <Group grow>
          <Controller
            control={control}
            name="signedOn"
            render={({ field }) => (
              <DateField
                label={t('consents.signedOn')}
                withAsterisk
                value={field.value}
                onChange={(v) => field.onChange(v ?? '')}
                error={errors.signedOn?.message}
              />
            )}
          />
          <Controller
            control={control}
            name="validUntil"
            render={({ field }) => (
              <DateField
                label={t('consents.validUntil')}
                value={field.value ?? null}
                onChange={field.onChange}
                error={errors.validUntil?.message}
              />
            )}
          />
        </Group>
        <Group>
          <Button variant="default" leftSection={<IconPaperclip size={16} />} onClick={attach}>
            {scan ? t('consents.replaceScan') : t('consents.attachScan')}
          </Button>
          <Text size="sm" c="dimmed">
            {scan ? scan.name : t('consents.scanOptional')}
          </Text>
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={isSubmitting}>
            {t('consents.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
