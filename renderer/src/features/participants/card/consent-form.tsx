import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CONSENT_KINDS, type StoredFile } from '@shared/domain';
import { consentSchema, type ConsentFormValues, type ConsentValues } from '@shared/participants/schemas';
import { todayIso } from '@shared/dates';
import { MAX_SCAN_BYTES, saveConsent } from '../../../db/repos/consent-repo';
import { platform } from '../../../platform';
import { DateField, DialogFooter, enumOptions, notifyError, useAction, withErrorWords } from '../../../ui';

const SCAN_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/** A new consent: its kind, who signed it and when, until when, and an optional scan. */
export function ConsentForm({ participantId, onDone }: { participantId: string; onDone: () => void }) {
  const { t } = useTranslation('participants');
  const [scan, setScan] = useState<StoredFile | null>(null);
  const { busy, run } = useAction();
  const {
    register,
    control,
    handleSubmit,
    formState: { errors },
  } = useForm<ConsentFormValues, unknown, ConsentValues>({
    resolver: withErrorWords(zodResolver(consentSchema)),
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
    // Stored as a Blob (schema v3): the file's own bytes, kept by IndexedDB apart from the record.
    setScan({ name: file.name, type, blob: new Blob([file.data as BlobPart], { type }) });
  }

  const onSubmit = handleSubmit(async (values) => {
    const saved = await run(() => saveConsent(participantId, values, scan, null), {
      success: t('consents.saved'),
    });
    if (saved) onDone();
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
              data={enumOptions('consentKind', CONSENT_KINDS)}
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
        <DialogFooter onCancel={onDone} submitType="submit" submitLabel={t('consents.submit')} busy={busy} />
      </Stack>
    </form>
  );
}
