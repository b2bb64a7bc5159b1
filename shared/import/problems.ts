import type { ErrorCode, ErrorParams } from '../errors';
import type { ImportField } from './fields';

/**
 * What is wrong with one value of a file, as an error code of the `participants` area with its parameters
 * (`shared/errors.ts`): the preview turns it into words of the interface's language.
 */
export interface ValueProblem {
  code: ErrorCode;
  params: ErrorParams;
}

export function valueProblem(code: ErrorCode, params: ErrorParams = {}): ValueProblem {
  return { code, params };
}

/**
 * Where a problem is: a column of the file (its own header, if any, and the Excel column letter), a target
 * field that no column was mapped to, or the health data (ОВЗ) as a whole.
 */
export type ProblemColumn = { header: string; letter: string } | { field: ImportField } | { field: 'ovz' };

/** A value that is read anyway without the part that was wrong: the preview says it will not be saved. */
export type DroppedValue = 'letter' | 'sex' | 'ovz';
