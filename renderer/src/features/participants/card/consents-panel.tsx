import { useEffect, useRef, useState } from 'react';
import { Badge, Button, Group, Image, Modal, Stack, Table, Text } from '@mantine/core';
import { IconPaperclip, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Consent, Participant, StoredFile } from '@shared/domain';
import { consentRecordStatus } from '@shared/participants/consent-rules';
import { formatDate, todayIso } from '@shared/dates';
import { withdrawConsent } from '../../../db/repos/consent-repo';
import { platform } from '../../../platform';
import { confirmDanger, enumLabel, notifySaved, useAction } from '../../../ui';
import { ConsentForm } from './consent-form';
import { useAnonymize } from './anonymize-button';

const STATUS_COLORS = { valid: 'teal', expired: 'orange', withdrawn: 'gray' } as const;

/**
 * An image scan's thumbnail from an object URL (the stored Blob, never copied into a string), set on the element
 * directly and released when the row goes away.
 */
function ScanThumbnail({ scan }: { scan: StoredFile }) {
  const ref = useRef<HTMLImageElement>(null);
  const isImage = scan.type.startsWith('image/');
  useEffect(() => {
    if (!isImage || !ref.current) return undefined;
    const objectUrl = URL.createObjectURL(scan.blob);
    ref.current.src = objectUrl;
    return () => URL.revokeObjectURL(objectUrl);
  }, [scan, isImage]);
  return isImage ? <Image ref={ref} alt={scan.name} h={32} w="auto" fit="contain" radius="xs" /> : null;
}

/** Consents, each its own record; the health consent is what allows ОВЗ data. */
export function ConsentsPanel({
  participant,
  consents,
  title,
}: {
  participant: Participant;
  consents: Consent[];
  /** The participant's name as the card shows it (the anonymisation dialog names them). */
  title: string;
}) {
  const { t } = useTranslation('participants');
  const anonymize = useAnonymize({ participantId: participant.id, title, consentCount: consents.length });
  const [open, setOpen] = useState(false);
  const { run } = useAction();
  const today = todayIso();
  const disabled = !!participant.anonymizedAt;

  async function onWithdraw(c: Consent) {
    const ok = await confirmDanger({
      title: t('consents.withdrawTitle'),
      message:
        c.kind === 'health'
          ? t('consents.withdrawHealth', { kind: enumLabel('consentKind', c.kind), date: formatDate(today) })
          : t('consents.withdrawText', { kind: enumLabel('consentKind', c.kind), date: formatDate(today) }),
      confirmLabel: t('consents.withdraw'),
    });
    if (!ok) return;
    const cleared = await run(() => withdrawConsent(c.id, today));
    if (cleared === undefined) return;
    notifySaved(cleared ? t('consents.withdrawnCleared') : t('consents.withdrawn'));
    // Without the parents' consent to process personal data there is no basis to keep them: offer to erase now.
    if (c.kind === 'personal-data') await anonymize.onAnonymize();
  }

  async function onDownload(c: Consent) {
    if (!c.scan) return;
    await platform.saveFile({
      suggestedName: c.scan.name,
      data: new Uint8Array(await c.scan.blob.arrayBuffer()),
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
                  <Table.Td>{enumLabel('consentKind', c.kind)}</Table.Td>
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
                      {enumLabel('consentStatus', status)}
                      {c.withdrawnOn ? ` ${formatDate(c.withdrawnOn)}` : ''}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {c.scan ? (
                      <Group gap="xs" wrap="nowrap">
                        <ScanThumbnail scan={c.scan} />
                        <Button
                          variant="subtle"
                          size="xs"
                          leftSection={<IconPaperclip size={14} />}
                          onClick={() => onDownload(c)}
                        >
                          {c.scan.name}
                        </Button>
                      </Group>
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
