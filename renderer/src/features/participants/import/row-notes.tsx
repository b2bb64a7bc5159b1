import { Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClassifiedRow } from '@shared/import/classify';

/** What the preview says about one row: its problems, what it repeats or changes, and the possible-duplicate tick. */
export function RowNotes({
  row,
  checked,
  onToggle,
}: {
  row: ClassifiedRow;
  checked: boolean;
  onToggle: (on: boolean) => void;
}) {
  const { t } = useTranslation('participants');
  const lines: { text: string; color?: string }[] = [
    ...row.errors.map((p) => ({ text: `${p.column}: ${p.message}`, color: 'red' })),
    ...row.warnings.map((p) => ({ text: `${p.column}: ${p.message}`, color: 'orange.8' })),
  ];
  if (row.status === 'duplicate-in-file')
    lines.push({ text: t('preview.repeats', { row: row.duplicateOfRow }) });
  if (row.status === 'update') lines.push({ text: row.changes.join('; ') });
  if (row.status === 'duplicate-existing') lines.push({ text: t('preview.nothingNew') });
  return (
    <Stack gap={2} py={2}>
      {lines.map((l, i) => (
        <Text key={i} size="xs" c={l.color} lineClamp={2}>
          {l.text}
        </Text>
      ))}
      {row.status === 'possible-duplicate' && (
        <Checkbox
          size="xs"
          label={
            row.duplicateOfRow
              ? t('preview.possibleInFile', { row: row.duplicateOfRow })
              : t('preview.possibleExisting')
          }
          checked={checked}
          onChange={(e) => onToggle(e.currentTarget.checked)}
        />
      )}
    </Stack>
  );
}
