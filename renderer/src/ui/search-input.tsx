import type { Ref } from 'react';
import { CloseButton, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The list search box: filters as you type; Esc clears it. */
export function SearchInput({
  value,
  onChange,
  label,
  placeholder,
  inputRef,
}: {
  value: string;
  onChange: (v: string) => void;
  label: string;
  placeholder?: string;
  /** For a page that focuses its search itself (Ctrl+F). */
  inputRef?: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation();
  return (
    <TextInput
      ref={inputRef}
      aria-label={label}
      placeholder={placeholder ?? label}
      leftSection={<IconSearch size={16} />}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onChange('');
      }}
      rightSection={
        value ? <CloseButton aria-label={t('clearSearch')} onClick={() => onChange('')} size="sm" /> : null
      }
      w={320}
    />
  );
}
