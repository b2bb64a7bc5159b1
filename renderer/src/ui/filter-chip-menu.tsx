import { Button, Checkbox, Group, Popover, Stack } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface FilterChipOption<V extends string | number> {
  value: V;
  label: string;
}

/**
 * A filter as a chip above a list: shows its name, or the name and the chosen values; opens a small list of
 * checkboxes. An empty choice means «no filter».
 */
export function FilterChipMenu<V extends string | number>({
  label,
  options,
  value,
  onChange,
  resetLabel,
  allLabel,
}: {
  label: string;
  options: readonly FilterChipOption<V>[];
  value: readonly V[];
  onChange: (value: V[]) => void;
  resetLabel?: string;
  /** Shown when every option is chosen. */
  allLabel?: string;
}) {
  const { t } = useTranslation();
  resetLabel ??= t('filterChip.reset');
  allLabel ??= t('filterChip.all');
  const chosen = options.filter((o) => value.includes(o.value));
  const text =
    chosen.length === 0
      ? label
      : chosen.length === options.length
        ? `${label}: ${allLabel}`
        : chosen.length <= 2
          ? `${label}: ${chosen.map((o) => o.label).join(', ')}`
          : `${label}: ${chosen[0]!.label} +${chosen.length - 1}`;
  return (
    <Popover position="bottom-start" shadow="md" withinPortal trapFocus>
      <Popover.Target>
        <Button
          size="xs"
          radius="xl"
          variant={chosen.length > 0 ? 'light' : 'default'}
          rightSection={<IconChevronDown size={14} />}
          aria-label={text}
        >
          {text}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Checkbox.Group
            label={label}
            value={value.map(String)}
            onChange={(v) => onChange(options.filter((o) => v.includes(String(o.value))).map((o) => o.value))}
          >
            <Stack gap={6} mt={6}>
              {options.map((o) => (
                <Checkbox key={String(o.value)} value={String(o.value)} label={o.label} size="sm" />
              ))}
            </Stack>
          </Checkbox.Group>
          {chosen.length > 0 && (
            <Group justify="flex-end">
              <Button size="compact-xs" variant="subtle" onClick={() => onChange([])}>
                {resetLabel}
              </Button>
            </Group>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
