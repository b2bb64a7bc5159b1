import { Select, type SelectProps } from '@mantine/core';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

/**
 * A required choice among a domain enum's values, bound to a form. `label(value)` gives each value's words
 * (from the feature's locale: labels are keyed by enum value, never stored as Russian in the domain).
 */
export function EnumSelect<T extends FieldValues, V extends string>({
  control,
  name,
  values,
  optionLabel,
  error,
  ...props
}: Omit<SelectProps, 'value' | 'onChange' | 'data' | 'error' | 'name'> & {
  control: Control<T>;
  name: FieldPath<T>;
  values: readonly V[];
  optionLabel: (value: V) => string;
  error?: string;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Select
          allowDeselect={false}
          {...props}
          ref={field.ref}
          name={field.name}
          data={values.map((value) => ({ value, label: optionLabel(value) }))}
          value={(field.value as string | null) ?? null}
          onChange={(v) => v && field.onChange(v)}
          onBlur={field.onBlur}
          error={error}
        />
      )}
    />
  );
}
