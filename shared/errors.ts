/**
 * One error model for every layer. The data layer, the domain and the workers throw *codes with parameters*,
 * never sentences; the words live in the locale files and are chosen at the edge (`errorMessage` in
 * `renderer/src/ui/notify.ts`), so an English session shows English errors.
 *
 * A code is `<area>.<key>`: the area is the i18n namespace that holds its words under `errors.<key>` — `common`
 * (`renderer/src/i18n/{ru,en}.json`) or a feature (`renderer/src/features/<area>/locales/{ru,en}.json`).
 * Parameters are plain values that the words interpolate (`{{number}}`, `{{count}}` with i18next plurals).
 * A unit test (`renderer/src/i18n/error-codes.test.ts`) checks that every code thrown in the source has words
 * in both languages.
 */

export type ErrorArea =
  | 'common'
  | 'attendance'
  | 'certificates'
  | 'consolidation'
  | 'home'
  | 'participants'
  | 'programs'
  | 'reports'
  | 'schedule'
  | 'reconciliation'
  | 'settings'
  | 'sync';

export type ErrorCode = `${ErrorArea}.${string}`;

export type ErrorParams = Record<string, string | number | boolean | null | undefined>;

/**
 * A broken rule or refused input: nothing was written. `field` names the form field it belongs to, so a form
 * can show it next to that field.
 */
export class RuleError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  readonly field?: string;

  constructor(code: ErrorCode, params: ErrorParams = {}, field?: string) {
    // The message is for logs and developers only (it is never shown): the code and its parameters.
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'RuleError';
    this.code = code;
    this.params = params;
    this.field = field;
  }
}

/** The record asked for is not there (deleted in another window, merged, anonymised). */
export function notFound(code: ErrorCode, params: ErrorParams = {}): RuleError {
  return new RuleError(code, params);
}

/**
 * The one cancellation: a person pressed «Прервать» (PDF batch, backup, import parse). Callers test it with
 * `isCancelled`, which also recognises the platform's `AbortError` (an aborted fetch or worker job).
 */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

export function isCancelled(error: unknown): boolean {
  if (error instanceof Cancelled) return true;
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    ((error as { name: unknown }).name === 'AbortError' || (error as { name: unknown }).name === 'Cancelled')
  );
}

export function isRuleError(error: unknown): error is RuleError {
  return error instanceof RuleError;
}

/** What crossed a worker boundary or a `postMessage`: a plain object, since Error subclasses do not survive it. */
export interface SerializedError {
  kind: 'rule' | 'cancelled' | 'other';
  code?: ErrorCode;
  params?: ErrorParams;
  field?: string;
  message?: string;
}

/** For workers: turns any thrown value into a cloneable description the other side can rebuild. */
export function serializeError(error: unknown): SerializedError {
  if (error instanceof RuleError) {
    return { kind: 'rule', code: error.code, params: error.params, field: error.field };
  }
  if (isCancelled(error)) return { kind: 'cancelled' };
  return { kind: 'other', message: describeError(error) };
}

/** The inverse of `serializeError`, on the receiving side. */
export function deserializeError(error: SerializedError): Error {
  if (error.kind === 'rule' && error.code) return new RuleError(error.code, error.params, error.field);
  if (error.kind === 'cancelled') return new Cancelled();
  return new Error(error.message ?? 'unknown error');
}

/**
 * A technical one-line description for logs and unexpected failures (never for rule errors shown to a
 * person): usable from workers and `db/`, where the UI's translator is not available.
 */
export function describeError(error: unknown): string {
  if (error instanceof RuleError) return error.message;
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/**
 * A zod message that is a code with parameters (`common.tooLong|{"max":300}`): zod carries only a string, so
 * the parameters ride along as JSON after a bar. `parseCodedMessage` reads it back at the edge.
 */
export function codedMessage(code: ErrorCode, params: ErrorParams = {}): string {
  return Object.keys(params).length === 0 ? code : `${code}|${JSON.stringify(params)}`;
}

/** The code and parameters of a zod message, or null when the message is not a code. */
export function parseCodedMessage(message: string): { code: ErrorCode; params: ErrorParams } | null {
  const bar = message.indexOf('|');
  const code = bar < 0 ? message : message.slice(0, bar);
  if (!/^[a-z]+\.[A-Za-z0-9_.]+$/.test(code)) return null;
  let params: ErrorParams = {};
  if (bar >= 0) {
    try {
      params = JSON.parse(message.slice(bar + 1)) as ErrorParams;
    } catch {
      return null;
    }
  }
  return { code: code as ErrorCode, params };
}
