import { useMemo, useState } from 'react';
import { Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { School } from '@shared/domain';
import { schoolLabel } from '@shared/participants/build';
import { compareRu, formatNumber } from '@shared/text/collation';
import { mergeSchools } from '../../../db/repos/school-repo';
import { DialogFooter, confirmDanger, useAction } from '../../../ui';

const pupils = (t: TFunction<'participants'>, n: number) =>
  t('schools.pupils', { count: n, n: formatNumber(n) });

/** Merges two records of the same school: the second one's participants move to the first. */
export function MergeForm({
  schools,
  counts,
  onDone,
}: {
  schools: School[];
  counts: Map<string, number>;
  onDone: () => void;
}) {
  const { t } = useTranslation('participants');
  const { busy, run } = useAction();
  const [keepId, setKeepId] = useState<string | null>(null);
  const [mergeId, setMergeId] = useState<string | null>(null);
  const options = useMemo(
    () =>
      [...schools]
        .sort((a, b) => compareRu(a.fullName, b.fullName))
        .map((s) => ({
          value: s.id,
          label: `${schoolLabel(s)} (${pupils(t, counts.get(s.id) ?? 0)})`,
        })),
    [schools, counts, t],
  );
  const keep = schools.find((s) => s.id === keepId);
  const merge = schools.find((s) => s.id === mergeId);

  async function onMerge() {
    if (!keep || !merge) return;
    const ok = await confirmDanger({
      title: t('schools.mergeConfirmTitle'),
      message: t('schools.mergeConfirmText', {
        merge: merge.fullName,
        keep: keep.fullName,
        pupils: pupils(t, counts.get(merge.id) ?? 0),
      }),
      confirmLabel: t('schools.mergeConfirm'),
    });
    if (!ok) return;
    const moved = await run(() => mergeSchools(keep.id, merge.id), { success: t('schools.merged') });
    if (moved !== undefined) onDone();
  }

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('schools.mergeIntro')}
      </Text>
      <Select label={t('schools.keep')} data={options} value={keepId} onChange={setKeepId} searchable />
      <Select
        label={t('schools.mergeInto')}
        data={options.filter((o) => o.value !== keepId)}
        value={mergeId}
        onChange={setMergeId}
        searchable
      />
      <DialogFooter
        onCancel={onDone}
        onSubmit={() => void onMerge()}
        submitLabel={t('schools.mergeAction')}
        disabled={!keep || !merge || keep.id === merge.id}
        busy={busy}
        danger
      />
    </Stack>
  );
}
