import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { certificateDetails, type CertificateDesign, type CertificateTemplate } from '@shared/certificates';
import { formatDate } from '@shared/dates';
import {
  completionLine,
  DEFAULT_SIGNATORY,
  STAMP_PLACE,
  SAMPLE_CERTIFICATE,
  titleSize,
} from './certificate-pdf';

const ACCENTS: Record<CertificateTemplate, string> = {
  classic: '#1f3a68',
  modern: '#0b7285',
  strict: '#000000',
};

/**
 * A scaled HTML likeness of the PDF page, redrawn as the text is typed. Its words are the document's own
 * (a certificate is printed in Russian whatever the interface language), so they stay Russian here.
 */
export function Preview({ design, venueName }: { design: CertificateDesign; venueName: string }) {
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
  const rows = certificateDetails(s);
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
      <div style={{ color: '#555', marginTop: 10 }}>{completionLine(design.lines.completion, s)}</div>
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
          <div>{DEFAULT_SIGNATORY}</div>
          <div style={{ borderBottom: '1px solid #000', width: 90, height: 18 }} />
          <div style={{ marginTop: 10, display: 'flex', gap: 36 }}>
            <span>{formatDate(SAMPLE_CERTIFICATE.issuedOn)}</span>
            <span style={{ color: '#555' }}>{STAMP_PLACE}</span>
          </div>
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
