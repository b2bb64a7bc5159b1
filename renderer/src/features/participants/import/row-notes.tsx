import { Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { RuleError } from '@shared/errors';
import type { ClassifiedRow } from '@shared/import/classify';
import type { ProblemColumn } from '@shared/import/problems';
import type { RowProblem } from '@shared/import/rows';
import { errorMessage } from '../../../ui';

/** «Дата рождения» (столбец F): the file's own header and the Excel column letter, or the field's name. */
function columnText(t: TFunction<'participants'>, column: ProblemColumn): string {
  if ('letter' in column)
    return column.header
      ? t('preview.column', { header: column.header, letter: column.letter })
      : t('preview.columnNoHeader', { letter: column.letter });
  return column.field === 'ovz' ? t('preview.columnOvz') : t(`import.fields.${column.field}`);
}

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
  const text = (p: RowProblem) =>
    `${columnText(t, p.column)}: ${errorMessage(new RuleError(p.problem.code, p.problem.params))}${
      p.dropped ? `; ${t(`preview.dropped.${p.dropped}`)}` : ''
    }`;
  const changes = row.changes.map((c) =>
    t(`preview.changes.${c.field}`, {
      from: c.from,
      to: c.field === 'sex' ? t(`preview.sexShort.${c.to}`) : c.to,
    }),
  );
  const lines: { text: string; color?: string }[] = [
    ...row.errors.map((p) => ({ text: text(p), color: 'red' })),
    ...row.warnings.map((p) => ({ text: text(p), color: 'orange.8' })),
  ];
  if (row.status === 'duplicate-in-file')
    lines.push({ text: t('preview.repeats', { row: row.duplicateOfRow }) });
  if (row.status === 'update') lines.push({ text: changes.join('; ') });
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
