import { NumberInput, type NumberInputProps } from '@mantine/core';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

/**
 * A whole-number input bound to a form: an empty box becomes null so the schema reports «укажите …» instead
 * of the input silently keeping an old number; out-of-range values are not clamped, the schema explains them.
 */
export function NumberField<T extends FieldValues>({
  control,
  name,
  error,
  ...props
}: Omit<NumberInputProps, 'value' | 'onChange' | 'error' | 'name'> & {
  control: Control<T>;
  name: FieldPath<T>;
  error?: string;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <NumberInput
          {...props}
          ref={field.ref}
          name={field.name}
          value={field.value === null || field.value === undefined ? '' : (field.value as number)}
          onChange={(v) => field.onChange(v === '' ? null : typeof v === 'number' ? v : Number(v))}
          onBlur={field.onBlur}
          allowDecimal={props.allowDecimal ?? false}
          allowNegative={props.allowNegative ?? false}
          clampBehavior="none"
          hideControls={props.hideControls ?? true}
          error={error}
        />
      )}
    />
  );
}
