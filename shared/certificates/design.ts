/** The certificate's look: one of a few designs, and the text lines a venue may reword. */

export const CERTIFICATE_TEMPLATES = ['classic', 'modern', 'strict'] as const;
export type CertificateTemplate = (typeof CERTIFICATE_TEMPLATES)[number];
export const CERTIFICATE_TEMPLATE_LABELS: Readonly<Record<CertificateTemplate, string>> = {
  classic: 'Классический',
  modern: 'Современный',
  strict: 'Строгий',
};

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

/** A Russian message for a line that cannot be printed, or null. The title must not be empty. */
export function lineError(key: keyof CertificateLines, text: string): string | null {
  if (text.length > MAX_LINE_LENGTH) return `Не длиннее ${MAX_LINE_LENGTH} символов`;
  if (key === 'title' && !text.trim()) return 'Укажите заголовок сертификата';
  return null;
}
