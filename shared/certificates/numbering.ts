import type { CertificateCounter } from '../domain';

/** Used when the venue profile has no prefix yet, so a number is never left without one. */
export const FALLBACK_PREFIX = 'ПП';

/** The prefix as printed: spaces removed, upper case (numbers are looked up case-insensitively anyway). */
export function cleanPrefix(prefix: string | null | undefined): string {
  const cleaned = (prefix ?? '').replace(/\s+/g, '').toLocaleUpperCase('ru');
  return cleaned || FALLBACK_PREFIX;
}

/** `<prefix>-<year>-<NNNN>`: at least four digits, more once a year passes 9 999 certificates. */
export function formatCertificateNumber(prefix: string, year: number, seq: number): string {
  // Callers pass numbers from the counter: a bad one is a programming error, reported in technical words.
  if (!Number.isInteger(seq) || seq < 1)
    throw new Error(`certificate number: invalid sequence number ${seq}`);
  return `${cleanPrefix(prefix)}-${year}-${String(seq).padStart(4, '0')}`;
}

export interface ParsedNumber {
  prefix: string;
  year: number;
  seq: number;
}

const NUMBER_RE = /^(.+)-(\d{4})-(\d{4,})$/u;

export function parseCertificateNumber(text: string): ParsedNumber | null {
  const m = NUMBER_RE.exec(normalizeNumberInput(text));
  if (!m) return null;
  return { prefix: m[1]!, year: Number(m[2]), seq: Number(m[3]) };
}

/** What a person typed or a scanner read → the stored spelling: no spaces, upper case, any dash as «-». */
export function normalizeNumberInput(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\u00a0\u202f]+/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/^№/, '')
    .toLocaleUpperCase('ru');
}

export interface Allocation {
  year: number;
  seqs: number[];
  /** The counter to store back in the same transaction. */
  counter: CertificateCounter;
}

/**
 * Allocates `count` consecutive sequence numbers of `year`. Each year has its own counter, so a new year starts
 * again at 0001. The counter only moves forward: a cancelled certificate keeps its number and the counter is never
 * lowered, so no number is handed out twice. `highestUsed` (the largest seq of that year already stored) guards
 * against a counter row that was lost or restored from an older backup.
 */
export function allocateSeqs(
  counter: CertificateCounter | undefined,
  year: number,
  count: number,
  highestUsed = 0,
): Allocation {
  if (!Number.isInteger(count) || count < 0) throw new Error(`certificate numbers: invalid count ${count}`);
  const last = Math.max(counter && counter.year === year ? counter.lastSeq : 0, highestUsed);
  const seqs = Array.from({ length: count }, (_, i) => last + i + 1);
  return { year, seqs, counter: { year, lastSeq: last + count } };
}
