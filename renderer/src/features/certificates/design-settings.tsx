import { useState } from 'react';
import {
  Button,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  CERTIFICATE_LINE_KEYS,
  CERTIFICATE_TEMPLATES,
  DEFAULT_CERTIFICATE_DESIGN,
  lineError,
  type CertificateDesign,
  type CertificateTemplate,
} from '@shared/certificates';
import type { Venue } from '@shared/domain';
import { DOCUMENT_NAMES, documentFileName } from '@shared/export/file-name';
import { saveCertificateDesign } from '../../db/repos/certificate-repo';
import { platform } from '../../platform';
import { renderPdf } from '../../lib/pdf';
import { enumOptions, fieldErrorText, UnsavedChangesGuard, useAction } from '../../ui';
import { buildCertificatesDoc, SAMPLE_CERTIFICATE } from './certificate-pdf';
import { Preview } from './certificate-preview';
import { useCertificateDesign, usePrintSettings } from './use-certificates';

/**
 * Certificate design settings: the design and the editable text lines, with a live preview. Stand-alone, so it
 * can sit in the certificates section and in Настройки.
 */
export default function DesignSettings() {
  const stored = useCertificateDesign();
  const settings = usePrintSettings();
  if (!stored || !settings) return null;
  return <DesignForm stored={stored} venue={settings.venue} />;
}

function DesignForm({ stored, venue }: { stored: CertificateDesign; venue: Venue | undefined }) {
  const { t } = useTranslation('certificates');
  const [design, setDesign] = useState<CertificateDesign>(stored);
  const saving = useAction();
  const sampling = useAction();

  const dirty = JSON.stringify(design) !== JSON.stringify(stored);
  const errors = Object.fromEntries(
    CERTIFICATE_LINE_KEYS.map((k) => [k, fieldErrorText(lineError(k, design.lines[k]) ?? undefined) ?? null]),
  );
  const valid = Object.values(errors).every((e) => e === null);
  const current = design;

  async function save() {
    if (!valid) return;
    await saving.run(() => saveCertificateDesign(current), { success: t('design.saved') });
  }

  const sample = () =>
    sampling.run(async () => {
      // The sample's number and code are made up: the watermark keeps it from passing for a real certificate.
      const bytes = await renderPdf({
        watermark: { text: 'ОБРАЗЕЦ', opacity: 0.08, bold: true },
        ...buildCertificatesDoc(
          [SAMPLE_CERTIFICATE],
          {
            fullName: venue?.fullName ?? '',
            shortName: venue?.shortName ?? '',
            town: venue?.town ?? '',
            directorName: venue?.directorName ?? '',
            directorPosition: venue?.directorPosition ?? '',
            logoDataUrl: venue?.logoDataUrl ?? null,
            signatureDataUrl: venue?.signatureDataUrl ?? null,
          },
          current,
        ),
      });
      await platform.saveFile({
        suggestedName: documentFileName(DOCUMENT_NAMES.certificateSample, 'pdf'),
        data: bytes,
        mimeType: 'application/pdf',
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
    });

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <UnsavedChangesGuard when={dirty} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Paper withBorder p="lg">
          <Stack>
            <Stack gap={4}>
              <Text size="sm" fw={500} id="certificate-template-label">
                {t('design.template')}
              </Text>
              <SegmentedControl
                aria-labelledby="certificate-template-label"
                value={design.template}
                onChange={(v) => setDesign({ ...design, template: v as CertificateTemplate })}
                data={enumOptions('certificateTemplate', CERTIFICATE_TEMPLATES)}
              />
            </Stack>
            <Title order={2} fz="md">
              {t('design.lines')}
            </Title>
            {CERTIFICATE_LINE_KEYS.map((key) => (
              <TextInput
                key={key}
                label={t(`design.line.${key}`)}
                value={design.lines[key]}
                withAsterisk={key === 'title'}
                error={errors[key]}
                onChange={(e) =>
                  setDesign({ ...design, lines: { ...design.lines, [key]: e.currentTarget.value } })
                }
              />
            ))}
            <Group justify="space-between">
              <Button
                variant="subtle"
                onClick={() => setDesign({ ...design, lines: { ...DEFAULT_CERTIFICATE_DESIGN.lines } })}
              >
                {t('design.reset')}
              </Button>
              <Group gap="sm">
                <Button
                  variant="default"
                  leftSection={<IconDownload size={16} />}
                  onClick={() => void sample()}
                  loading={sampling.busy}
                >
                  {t('design.sample')}
                </Button>
                <Button type="submit" loading={saving.busy} disabled={!dirty || !valid}>
                  {t('design.save')}
                </Button>
              </Group>
            </Group>
          </Stack>
        </Paper>
        <Stack gap="xs" align="center">
          <Text size="sm" c="dimmed">
            {t('design.preview')}
          </Text>
          <Preview design={design} venueName={venue?.fullName ?? ''} />
        </Stack>
      </SimpleGrid>
    </form>
  );
}
