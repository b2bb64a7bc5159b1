import { useState } from 'react';
import {
  Box,
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
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import {
  CERTIFICATE_LINE_KEYS,
  CERTIFICATE_TEMPLATE_LABELS,
  CERTIFICATE_TEMPLATES,
  DEFAULT_CERTIFICATE_DESIGN,
  academicHoursLabel,
  lineError,
  type CertificateDesign,
  type CertificateTemplate,
} from '@shared/certificates';
import { FORMAT_LABELS, LEVEL_LABELS, type Venue } from '@shared/domain';
import { formatDate } from '@shared/dates';
import { db } from '../../db';
import { getCertificateDesign, saveCertificateDesign } from '../../db/repos/certificate-repo';
import { platform } from '../../platform';
import { renderPdf } from '../../lib/pdf';
import { errorMessage, notifyError, notifySaved, UnsavedChangesGuard } from '../../ui';
import { buildCertificatesDoc, SAMPLE_CERTIFICATE, titleSize } from './certificate-pdf';

const ACCENTS: Record<CertificateTemplate, string> = {
  classic: '#1f3a68',
  modern: '#0b7285',
  strict: '#000000',
};

/** A scaled HTML likeness of the PDF page, redrawn as the text is typed. */
function Preview({ design, venueName }: { design: CertificateDesign; venueName: string }) {
  const { t } = useTranslation('certificates');
  const s = SAMPLE_CERTIFICATE.snapshot;
  const accent = ACCENTS[design.template];
  const align = design.template === 'modern' ? 'left' : 'center';
  const frame =
    design.template === 'classic'
      ? { border: `3px double ${accent}`, outline: `1px solid ${accent}`, outlineOffset: -8 }
      : design.template === 'modern'
        ? { borderLeft: `12px solid ${accent}`, borderTop: '4px solid #99e9f2' }
        : { borderTop: '1px solid #000', borderBottom: '1px solid #000' };
  const rows: [string, string][] = [
    ['Профессия', s.profession],
    ['Уровень', LEVEL_LABELS[s.level]],
    ['Формат', FORMAT_LABELS[s.format]],
    ['Продолжительность', academicHoursLabel(s.durationMinutes)],
    ['Дата прохождения', formatDate(s.completionDate)],
    ['Наставник', s.mentorName],
  ];
  return (
    <Box
      role="img"
      aria-label={t('design.previewLabel')}
      style={{
        width: 340,
        aspectRatio: '210 / 297',
        background: '#fff',
        color: '#1a1a1a',
        boxShadow: '0 1px 6px rgba(0,0,0,.2)',
        padding: '22px 26px',
        textAlign: align,
        fontSize: 7,
        display: 'flex',
        flexDirection: 'column',
        overflow: 'hidden',
        ...frame,
      }}
    >
      <div style={{ color: '#555' }}>{venueName}</div>
      <div
        style={{
          fontSize: titleSize(design.lines.title) * 0.6,
          fontWeight: 700,
          color: accent,
          marginTop: 18,
          letterSpacing: design.template === 'modern' ? 0.5 : 2,
        }}
      >
        {design.lines.title}
      </div>
      <div style={{ fontSize: 10 }}>{design.lines.subtitle}</div>
      <div style={{ fontSize: 8, fontWeight: 700, marginTop: 4 }}>№ {SAMPLE_CERTIFICATE.number}</div>
      <div style={{ color: '#555', marginTop: 16 }}>{design.lines.intro}</div>
      <div style={{ fontSize: 15, fontWeight: 600, marginTop: 3 }}>{s.fio}</div>
      <div style={{ color: '#555', marginTop: 2 }}>
        {s.schoolName}, {s.grade} класс
      </div>
      <div style={{ color: '#555', marginTop: 10 }}>{design.lines.completion}</div>
      <div style={{ fontSize: 10, fontWeight: 600, color: accent, marginTop: 2 }}>«{s.programTitle}»</div>
      <table
        style={{ margin: align === 'center' ? '10px auto 0' : '10px 0 0', fontSize: 6.5, textAlign: 'left' }}
      >
        <tbody>
          {rows.map(([k, v]) => (
            <tr key={k}>
              <td style={{ color: '#666', paddingRight: 12 }}>{k}</td>
              <td>{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div style={{ color: '#555', fontStyle: 'italic', fontSize: 5.5, marginTop: 10 }}>
        {design.lines.footer}
      </div>
      <div
        style={{
          marginTop: 'auto',
          paddingTop: 8,
          paddingBottom: 30,
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'flex-end',
          textAlign: 'left',
        }}
      >
        <div>
          <div>Директор</div>
          <div style={{ borderBottom: '1px solid #000', width: 90, height: 18 }} />
          <div style={{ marginTop: 10 }}>{formatDate(SAMPLE_CERTIFICATE.issuedOn)}</div>
        </div>
        <div style={{ textAlign: 'right' }}>
          <div
            aria-hidden="true"
            style={{
              width: 48,
              height: 48,
              marginLeft: 'auto',
              background: 'repeating-conic-gradient(#000 0% 25%, #fff 0% 50%) 0 0 / 8px 8px',
            }}
          />
          <div style={{ fontWeight: 700, marginTop: 2 }}>{SAMPLE_CERTIFICATE.verificationCode}</div>
        </div>
      </div>
    </Box>
  );
}

/**
 * Certificate design settings: the design and the editable text lines, with a live preview. Stand-alone, so it
 * can sit in the certificates section and in Настройки.
 */
export default function DesignSettings() {
  const stored = useLiveQuery(() => getCertificateDesign(), []);
  const venue = useLiveQuery(() => db.venue.get('venue'), []);
  if (!stored) return null;
  return <DesignForm stored={stored} venue={venue} />;
}

function DesignForm({ stored, venue }: { stored: CertificateDesign; venue: Venue | undefined }) {
  const { t } = useTranslation('certificates');
  const [design, setDesign] = useState<CertificateDesign>(stored);
  const [saving, setSaving] = useState(false);
  const [sampling, setSampling] = useState(false);

  const dirty = JSON.stringify(design) !== JSON.stringify(stored);
  const errors = Object.fromEntries(CERTIFICATE_LINE_KEYS.map((k) => [k, lineError(k, design.lines[k])]));
  const valid = Object.values(errors).every((e) => e === null);
  const current = design;

  async function save() {
    if (!valid) return;
    setSaving(true);
    try {
      await saveCertificateDesign(current);
      notifySaved(t('design.saved'));
    } catch (e) {
      notifyError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  }

  async function sample() {
    setSampling(true);
    try {
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
        suggestedName: 'Образец сертификата.pdf',
        data: bytes,
        mimeType: 'application/pdf',
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
    } catch (e) {
      notifyError(errorMessage(e));
    } finally {
      setSampling(false);
    }
  }

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
                data={CERTIFICATE_TEMPLATES.map((value) => ({
                  value,
                  label: CERTIFICATE_TEMPLATE_LABELS[value],
                }))}
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
                  loading={sampling}
                >
                  {t('design.sample')}
                </Button>
                <Button type="submit" loading={saving} disabled={!dirty || !valid}>
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
