import { normalizeNumberInput } from './numbering';
import { normalizeCodeInput } from './verification';

/**
 * What the QR code on a certificate carries: one readable line, so a phone's camera app shows something a
 * person understands, and the verification screen can read it back when it is pasted:
 * `ПрофПроба: сертификат № ИМП-2026-0001, код проверки ABCD-EFGH`.
 */
export function qrPayload(number: string, code: string): string {
  return `ПрофПроба: сертификат № ${number}, код проверки ${code}`;
}

export interface ScannedCertificate {
  number: string;
  code: string;
}

const NUMBER_IN_TEXT = /№\s*(\S+?-\d{4}-\d{4,})/u;
const CODE_IN_TEXT =
  /код(?:\s+проверки)?\s*:?\s*([0-9A-Za-zА-Яа-яЁё]{4}[\s-]?[0-9A-Za-zА-Яа-яЁё]{4})(?![0-9A-Za-zА-Яа-яЁё])/iu;

/** Reads a pasted QR payload (ours, or the same text with changed spacing); null when it is not one. */
export function parseQrPayload(text: string): ScannedCertificate | null {
  const number = NUMBER_IN_TEXT.exec(text)?.[1];
  const rawCode = CODE_IN_TEXT.exec(text)?.[1];
  if (!number || !rawCode) return null;
  const code = normalizeCodeInput(rawCode);
  if (!code) return null;
  return { number: normalizeNumberInput(number), code };
}
