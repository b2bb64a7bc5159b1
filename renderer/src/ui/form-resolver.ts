import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import { fieldErrorText } from './notify';

/**
 * Zod schemas in `shared/` carry error *codes* as messages (`participants.lastNameTooLong`); this wraps a
 * resolver so every field error reaches the form already in words of the interface's language:
 * `resolver: withErrorWords(zodResolver(schema))`.
 */
export function withErrorWords<TFieldValues extends FieldValues, TContext, TTransformed>(
  resolver: Resolver<TFieldValues, TContext, TTransformed>,
): Resolver<TFieldValues, TContext, TTransformed> {
  return async (values, context, options) => {
    const result = await resolver(values, context, options);
    translate(result.errors as FieldErrors);
    return result;
  };
}

function translate(errors: FieldErrors | undefined): void {
  if (!errors) return;
  for (const value of Object.values(errors)) {
    if (!value || typeof value !== 'object') continue;
    const error = value as { message?: unknown; ref?: unknown };
    if (typeof error.message === 'string') error.message = fieldErrorText(error.message);
    // Nested objects and arrays (field arrays) hold their own errors; `ref` is a DOM element, not an error.
    for (const [key, nested] of Object.entries(value)) {
      if (key !== 'ref' && key !== 'message' && nested && typeof nested === 'object') {
        translate(nested as FieldErrors);
      }
    }
  }
}
