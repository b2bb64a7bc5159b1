import { describe, expect, it } from 'vitest';
import { writeFileSync, mkdirSync } from 'node:fs';
import { buildCertificatesDoc, SAMPLE_CERTIFICATE } from './certificate-pdf';
import { DEFAULT_CERTIFICATE_DESIGN, CERTIFICATE_TEMPLATES } from '@shared/certificates';
import { renderPdf } from '../../lib/pdf';

const venue = {
  fullName: 'МБУ ДО «Центр детского технического творчества „Импульс“»',
  shortName: 'ЦДТТ «Импульс»',
  town: 'Заречный',
  directorName: 'Соколова Марина Александровна',
  directorPosition: 'Директор',
  logoDataUrl: null,
  signatureDataUrl: null,
};

describe('certificate PDF', () => {
  it('puts one certificate per page and never a birth date or health data', () => {
    const doc = buildCertificatesDoc(
      [SAMPLE_CERTIFICATE, { ...SAMPLE_CERTIFICATE, number: 'ОБР-2026-0002' }],
      venue,
      DEFAULT_CERTIFICATE_DESIGN,
    );
    const content = doc.content as { pageBreak?: string }[];
    expect(content).toHaveLength(2);
    expect(content[0]!.pageBreak).toBeUndefined();
    expect(content[1]!.pageBreak).toBe('before');
    expect(JSON.stringify(doc.content)).toContain('ОБР-2026-0002');
    expect(JSON.stringify(doc.content)).not.toMatch(/рожден|ОВЗ|нозолог/i);
  });

  it.each(CERTIFICATE_TEMPLATES)('renders the %s design', async (template) => {
    const bytes = await renderPdf(
      buildCertificatesDoc([SAMPLE_CERTIFICATE], venue, { ...DEFAULT_CERTIFICATE_DESIGN, template }),
    );
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    if (process.env.CERT_PDF_OUT) {
      mkdirSync(process.env.CERT_PDF_OUT, { recursive: true });
      writeFileSync(`${process.env.CERT_PDF_OUT}/${template}.pdf`, bytes);
    }
  });
});

describe('certificate wording for one person', () => {
  const text = (doc: ReturnType<typeof buildCertificatesDoc>) => JSON.stringify(doc.content);

  it('agrees with the stored sex, else the patronymic, else keeps both forms', () => {
    const of = (snapshot: Partial<typeof SAMPLE_CERTIFICATE.snapshot>) =>
      text(
        buildCertificatesDoc(
          [{ ...SAMPLE_CERTIFICATE, snapshot: { ...SAMPLE_CERTIFICATE.snapshot, ...snapshot } }],
          venue,
          DEFAULT_CERTIFICATE_DESIGN,
        ),
      );
    expect(of({ sex: 'F' })).toContain('успешно прошла профессиональную пробу');
    expect(of({ sex: 'M', fio: 'Иванов Пётр Сергеевич' })).toContain('успешно прошёл профессиональную пробу');
    expect(of({ sex: undefined, fio: 'Власова Полина Николаевна' })).toContain('успешно прошла');
    expect(of({ sex: null, fio: 'Ким Алина' })).toContain('успешно прошёл(а)');
  });

  it('signs «М. А. Соколова» and leaves a place for the stamp', () => {
    const all = text(buildCertificatesDoc([SAMPLE_CERTIFICATE], venue, DEFAULT_CERTIFICATE_DESIGN));
    expect(all).toContain('М.\u00a0А.\u00a0Соколова');
    expect(all).not.toContain('Соколова\u00a0М.');
    expect(all).toContain('М.\u00a0П.');
  });
});
