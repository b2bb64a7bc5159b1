import { useRef } from 'react';
import { TextInput } from '@mantine/core';

/** A note saved when the field is left or Enter is pressed; Esc puts the stored text back. */
export function NoteInput({
  label,
  initial,
  disabled,
  placeholder,
  onSave,
}: {
  label: string;
  initial: string;
  disabled: boolean;
  placeholder: string;
  onSave: (note: string) => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  const save = () => {
    const value = ref.current?.value.trim() ?? '';
    if (value !== initial) onSave(value);
  };
  return (
    <TextInput
      ref={ref}
      size="xs"
      aria-label={label}
      defaultValue={initial}
      disabled={disabled}
      placeholder={placeholder}
      maxLength={200}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          save();
        } else if (e.key === 'Escape' && ref.current) {
          ref.current.value = initial;
        }
      }}
    />
  );
}
