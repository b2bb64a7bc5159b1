import { z } from 'zod';
import { isIsoDate, isLocalTime } from '../dates';

// The app's CSP forbids eval; without this zod probes `Function('')` on the first object parse, and the
// browser reports a CSP violation (tests/e2e/csp.spec.ts). Every schema module imports this file first.
z.config({ jitless: true });

/**
 * Building blocks for the forms' schemas. Every message is Russian and says what is wrong with the value,
 * so a form can show it next to the field as it is.
 */

export const requiredText = (what: string, max = 300) =>
  z.string().trim().min(1, `Укажите ${what}`).max(max, `Не длиннее ${max} символов`);

export const optionalText = (max = 2000) => z.string().trim().max(max, `Не длиннее ${max} символов`);

export const digitsCode = (label: string, lengths: readonly number[]) =>
  z
    .string()
    .trim()
    .refine((v) => v === '' || /^\d+$/.test(v), `${label}: только цифры`)
    .refine(
      (v) => v === '' || lengths.includes(v.length),
      `${label}: ${lengths.join(' или ')} ${lengths.length > 1 ? 'цифр' : 'цифр'}`,
    );

export const isoDateField = (what = 'дату') =>
  z.string().refine((v) => isIsoDate(v), `Укажите ${what} в формате ДД.ММ.ГГГГ`);

export const optionalIsoDate = z
  .string()
  .nullable()
  .refine((v) => v === null || v === '' || isIsoDate(v), 'Дата в формате ДД.ММ.ГГГГ')
  .transform((v) => (v ? v : null));

export const timeField = z.string().refine((v) => isLocalTime(v), 'Время в формате ЧЧ:ММ');

export const emailField = z
  .string()
  .trim()
  .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), 'Адрес почты вида name@example.ru');

export const intInRange = (min: number, max: number, what: string) =>
  z
    .number({ error: `Укажите ${what} числом` })
    .int(`${what[0]?.toUpperCase()}${what.slice(1)}: целое число`)
    .min(min, `Не меньше ${min}`)
    .max(max, `Не больше ${max}`);

/** The first Russian message per field path, for showing next to the fields or in an import report. */
export function issuesByField(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.');
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}
