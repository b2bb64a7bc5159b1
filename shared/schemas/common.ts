import './zod-config';
import { z } from 'zod';
import { isIsoDate, isLocalTime } from '../dates';
import { codedMessage, type ErrorCode } from '../errors';

/**
 * Building blocks for the forms' schemas. Every message is an error code (`shared/errors.ts`), with its
 * parameters where the words need them; the form shows the words next to the field (`withErrorWords`).
 * `required` names the code of the field's own «укажите …» message, so it says which field is missing.
 */

export const requiredText = (required: ErrorCode, max = 300) =>
  z.string().trim().min(1, required).max(max, codedMessage('common.tooLong', { max }));

export const optionalText = (max = 2000) =>
  z.string().trim().max(max, codedMessage('common.tooLong', { max }));

/**
 * A code of digits only (ИНН, ОГРН, ОКТМО), empty allowed. `codes` are the field's own messages for «only
 * digits» and for a wrong length, so the words name the field.
 */
export const digitsCode = (codes: { digits: ErrorCode; length: ErrorCode }, lengths: readonly number[]) =>
  z
    .string()
    .trim()
    .refine((v) => v === '' || /^\d+$/.test(v), codes.digits)
    .refine((v) => v === '' || lengths.includes(v.length), codes.length);

export const isoDateField = (required: ErrorCode = 'common.dateRequired') =>
  z.string().refine((v) => isIsoDate(v), required);

export const optionalIsoDate = z
  .string()
  .nullable()
  .refine((v) => v === null || v === '' || isIsoDate(v), 'common.dateFormat')
  .transform((v) => (v ? v : null));

export const timeField = z.string().refine((v) => isLocalTime(v), 'common.timeFormat');

export const emailField = z
  .string()
  .trim()
  .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), 'common.email');

export const intInRange = (min: number, max: number, required: ErrorCode) =>
  z
    .number({ error: required })
    .int('common.wholeNumber')
    .min(min, codedMessage('common.tooSmall', { min }))
    .max(max, codedMessage('common.tooBig', { max }));

/** The first message (a code) per field path, for showing next to the fields or in an import report. */
export function issuesByField(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.');
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}
