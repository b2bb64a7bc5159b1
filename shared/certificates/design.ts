/** The certificate's look: one of a few designs, and the text lines a venue may reword. */

export const CERTIFICATE_TEMPLATES = ['classic', 'modern', 'strict'] as const;
export type CertificateTemplate = (typeof CERTIFICATE_TEMPLATES)[number];

export interface CertificateLines {
  title: string;
  subtitle: string;
  intro: string;
  completion: string;
  footer: string;
}

export interface CertificateDesign {
  template: CertificateTemplate;
  lines: CertificateLines;
}

export const CERTIFICATE_LINE_KEYS = ['title', 'subtitle', 'intro', 'completion', 'footer'] as const;

export const DEFAULT_CERTIFICATE_DESIGN: CertificateDesign = {
  template: 'classic',
  lines: {
    title: 'СЕРТИФИКАТ',
    subtitle: 'участника профессиональной пробы',
    intro: 'Настоящий сертификат подтверждает, что',
    completion: 'успешно прошёл(а) профессиональную пробу',
    footer: 'Профессиональная проба проведена в рамках профориентационной работы с обучающимися',
  },
};

export const MAX_LINE_LENGTH = 160;

/** A stored value → a complete design; anything missing or malformed falls back to the default. */
export function parseDesign(value: unknown): CertificateDesign {
  const d = DEFAULT_CERTIFICATE_DESIGN;
  if (!value || typeof value !== 'object') return d;
  const v = value as { template?: unknown; lines?: unknown };
  const template = CERTIFICATE_TEMPLATES.includes(v.template as CertificateTemplate)
    ? (v.template as CertificateTemplate)
    : d.template;
  const rawLines = (v.lines && typeof v.lines === 'object' ? v.lines : {}) as Record<string, unknown>;
  const lines = { ...d.lines };
  for (const key of CERTIFICATE_LINE_KEYS) {
    const line = rawLines[key];
    if (typeof line === 'string') lines[key] = line.slice(0, MAX_LINE_LENGTH);
  }
  return { template, lines };
}

/**
 * Why a line cannot be printed, as an error code (its words name MAX_LINE_LENGTH), or null. The title must
 * not be empty.
 */
export function lineError(
  key: keyof CertificateLines,
  text: string,
): 'certificates.lineTooLong' | 'certificates.titleRequired' | null {
  if (text.length > MAX_LINE_LENGTH) return 'certificates.lineTooLong';
  if (key === 'title' && !text.trim()) return 'certificates.titleRequired';
  return null;
}
