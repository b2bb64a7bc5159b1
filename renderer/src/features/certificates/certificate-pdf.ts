import type { Column, Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Certificate, CertificateSnapshot, Venue } from '@shared/domain';
import { formatDate } from '@shared/dates';
import { genderize, sexOf, signatureName } from '@shared/text/gender';
import {
  certificateDetails,
  qrPayload,
  type CertificateDesign,
  type CertificateTemplate,
} from '@shared/certificates';

/** Who signs when the venue profile names no position (document content, so Russian). */
export const DEFAULT_SIGNATORY = 'Руководитель';

/** Where the venue's stamp goes: Russian documents mark it «М. П.» (место печати). */
export const STAMP_PLACE = 'М.\u00a0П.';

/** What one page needs: the stored certificate's printed parts. */
export type PrintableCertificate = Pick<Certificate, 'number' | 'issuedOn' | 'verificationCode'> & {
  snapshot: CertificateSnapshot;
};

export type PrintableVenue = Pick<
  Venue,
  'fullName' | 'shortName' | 'town' | 'directorName' | 'directorPosition' | 'logoDataUrl' | 'signatureDataUrl'
>;

interface Palette {
  accent: string;
  text: string;
  muted: string;
  align: 'center' | 'left';
}

const PALETTES: Record<CertificateTemplate, Palette> = {
  classic: { accent: '#1f3a68', text: '#1a1a1a', muted: '#555555', align: 'center' },
  modern: { accent: '#0b7285', text: '#1a1a1a', muted: '#5c6670', align: 'left' },
  strict: { accent: '#000000', text: '#000000', muted: '#444444', align: 'center' },
};

const A4 = { width: 595.28, height: 841.89 };
const MARGIN_X = 64;

/** A reworded, longer title gets smaller type instead of wrapping into the space of the name. */
export function titleSize(title: string): number {
  return title.length <= 12 ? 40 : title.length <= 22 ? 28 : 20;
}

/** pdfmake embeds PNG and JPEG only; anything else is left out rather than breaking the whole batch. */
function usableImage(dataUrl: string | null | undefined): string | null {
  return dataUrl && /^data:image\/(png|jpe?g);base64,/i.test(dataUrl) ? dataUrl : null;
}

function background(template: CertificateTemplate): TDocumentDefinitions['background'] {
  const p = PALETTES[template];
  return () => {
    if (template === 'classic') {
      return {
        canvas: [
          {
            type: 'rect',
            x: 20,
            y: 20,
            w: A4.width - 40,
            h: A4.height - 40,
            lineWidth: 3,
            lineColor: p.accent,
          },
          {
            type: 'rect',
            x: 28,
            y: 28,
            w: A4.width - 56,
            h: A4.height - 56,
            lineWidth: 0.8,
            lineColor: p.accent,
          },
        ],
      };
    }
    if (template === 'modern') {
      return {
        canvas: [
          { type: 'rect', x: 0, y: 0, w: 22, h: A4.height, color: p.accent },
          { type: 'rect', x: 22, y: 0, w: A4.width - 22, h: 8, color: '#99e9f2' },
        ],
      };
    }
    return {
      canvas: [
        { type: 'line', x1: MARGIN_X, y1: 40, x2: A4.width - MARGIN_X, y2: 40, lineWidth: 0.6 },
        {
          type: 'line',
          x1: MARGIN_X,
          y1: A4.height - 40,
          x2: A4.width - MARGIN_X,
          y2: A4.height - 40,
          lineWidth: 0.6,
        },
      ],
    };
  };
}

function detailRow(label: string, value: string, p: Palette): Content[] {
  return [
    { text: label, color: p.muted, fontSize: 10 },
    { text: value || '—', fontSize: 11, bold: label === 'Профессия' },
  ];
}

/** The certificate's completion line agreeing with its pupil: «прошла» for a girl, «прошёл» for a boy. */
export function completionLine(text: string, s: Pick<CertificateSnapshot, 'fio' | 'sex'>): string {
  return genderize(text, sexOf({ sex: s.sex ?? null, fio: s.fio }));
}

/** One certificate page (docs/formats.md §5). Never prints the date of birth, ОВЗ or nosology: the snapshot has none. */
function page(
  cert: PrintableCertificate,
  venue: PrintableVenue,
  design: CertificateDesign,
  first: boolean,
): Content {
  const p = PALETTES[design.template];
  const s = cert.snapshot;
  const lines = design.lines;
  const logo = usableImage(venue.logoDataUrl);
  const signature = usableImage(venue.signatureDataUrl);
  const align = p.align;
  const x = design.template === 'modern' ? MARGIN_X + 10 : MARGIN_X;
  const width = A4.width - x - MARGIN_X;
  const learner = [s.schoolName, s.grade ? `${s.grade} класс` : ''].filter(Boolean).join(', ');
  const town = [venue.town, formatDate(cert.issuedOn)].filter(Boolean).join(', ');

  const header: Content = logo
    ? {
        columns: [
          { image: logo, fit: [56, 56], width: 64 },
          { text: venue.fullName, fontSize: 10, color: p.muted, alignment: align, margin: [0, 8, 0, 0] },
        ],
        columnGap: 12,
      }
    : { text: venue.fullName, fontSize: 10, color: p.muted, alignment: align };

  const main: Content = {
    stack: [
      header,
      {
        text: lines.title,
        fontSize: titleSize(lines.title),
        bold: true,
        color: p.accent,
        alignment: align,
        characterSpacing: design.template === 'modern' ? 1 : 4,
        margin: [0, 36, 0, 0],
      },
      { text: lines.subtitle, fontSize: 16, alignment: align, color: p.text, margin: [0, 2, 0, 0] },
      { text: `№ ${cert.number}`, fontSize: 13, bold: true, alignment: align, margin: [0, 10, 0, 0] },
      { text: lines.intro, fontSize: 12, alignment: align, color: p.muted, margin: [0, 34, 0, 0] },
      { text: s.fio, fontSize: 26, bold: true, alignment: align, color: p.text, margin: [0, 8, 0, 0] },
      { text: learner, fontSize: 11, alignment: align, color: p.muted, margin: [0, 6, 0, 0] },
      {
        text: completionLine(lines.completion, s),
        fontSize: 12,
        alignment: align,
        color: p.muted,
        margin: [0, 22, 0, 0],
      },
      {
        text: `«${s.programTitle}»`,
        fontSize: s.programTitle.length <= 60 ? 17 : 13,
        bold: true,
        alignment: align,
        color: p.accent,
        margin: [0, 6, 0, 0],
      },
      {
        margin: [align === 'center' ? 40 : 0, 26, 0, 0],
        table: {
          widths: [150, '*'],
          body: [...certificateDetails(s).map(([label, value]) => detailRow(label, value, p))],
        },
        layout: 'noBorders',
      },
      lines.footer
        ? {
            text: lines.footer,
            fontSize: 9,
            italics: true,
            alignment: align,
            color: p.muted,
            margin: [0, 20, 0, 0],
          }
        : '',
    ],
  };

  const signatureBlock: Column = {
    width: '*',
    stack: [
      { text: venue.directorPosition || DEFAULT_SIGNATORY, fontSize: 11 },
      signature
        ? { image: signature, fit: [140, 44], margin: [0, 4, 0, 0] }
        : { text: ' ', fontSize: 11, margin: [0, 22, 0, 0] },
      {
        canvas: [{ type: 'line', x1: 0, y1: 0, x2: 150, y2: 0, lineWidth: 0.7 }],
        margin: [0, signature ? -6 : 0, 0, 0],
      },
      {
        columns: [
          { text: 'подпись', fontSize: 8, color: p.muted, width: 150 },
          { text: signatureName(venue.directorName), fontSize: 11, width: '*' },
        ],
        margin: [0, 2, 0, 0],
      },
      {
        columns: [
          { text: town, fontSize: 11, width: 150 },
          { text: STAMP_PLACE, fontSize: 11, color: p.muted, width: '*' },
        ],
        margin: [0, 22, 0, 0],
      },
    ],
  };

  const qrBlock: Column = {
    width: 130,
    stack: [
      { qr: qrPayload(cert.number, cert.verificationCode), fit: 96, eccLevel: 'M', alignment: 'right' },
      { text: 'Код проверки', fontSize: 8, color: p.muted, alignment: 'right', margin: [0, 4, 0, 0] },
      { text: cert.verificationCode, fontSize: 12, bold: true, alignment: 'right' },
    ],
  };

  return {
    stack: [
      main,
      {
        absolutePosition: { x, y: A4.height - 210 },
        columns: [signatureBlock, qrBlock],
        width,
      } as Content,
    ],
    pageBreak: first ? undefined : 'before',
  };
}

/** A whole batch: one A4 portrait page per certificate. */
export function buildCertificatesDoc(
  certificates: readonly PrintableCertificate[],
  venue: PrintableVenue,
  design: CertificateDesign,
): TDocumentDefinitions {
  const x = design.template === 'modern' ? MARGIN_X + 10 : MARGIN_X;
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [x, 56, MARGIN_X, 56],
    background: background(design.template),
    info: {
      title:
        certificates.length === 1
          ? `Сертификат № ${certificates[0]!.number}`
          : `Сертификаты (${certificates.length})`,
      subject: 'Сертификат участника профессиональной пробы',
      author: venue.shortName || venue.fullName,
    },
    content: certificates.map((c, i) => page(c, venue, design, i === 0)),
  };
}

/** A made-up certificate for the design preview and the sample PDF. */
export const SAMPLE_CERTIFICATE: PrintableCertificate = {
  number: 'ОБР-2026-0001',
  issuedOn: '2026-11-24',
  verificationCode: 'K7QM-3XPA',
  snapshot: {
    fio: 'Иванова Алёна Сергеевна',
    schoolName: 'МБОУ «Средняя общеобразовательная школа № 1»',
    schoolShortName: 'МБОУ СОШ № 1',
    grade: '8Б',
    programTitle: 'Лазерная резка: от эскиза до изделия',
    profession: 'Оператор лазерного станка',
    level: 'intro',
    format: 'in-person',
    durationMinutes: 90,
    completionDate: '2026-11-17',
    mentorName: 'Кравцов Олег Викторович',
    sex: 'F',
  },
};
