import { useState } from 'react';
import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { cellText, columnLetter, type Cell } from '@shared/import/cells';
import {
  IMPORT_FIELDS,
  mappingFromProfile,
  profileFromMapping,
  type ColumnMapping,
  type ImportField,
} from '@shared/import/fields';
import { saveImportProfile } from '../../../db/repos/import-repo';
import { fieldErrorText, useAction } from '../../../ui';
import { useImportProfiles } from '../use-import-profiles';

const REQUIRED_HINT: Partial<Record<ImportField, true>> = { fio: true, lastName: true, firstName: true };

/** Step 3: which column is which field; suggested from the headers, editable, savable as a named profile. */
export function MappingStep({
  header,
  rows,
  mapping,
  onMapping,
  problem,
}: {
  header: readonly Cell[];
  rows: readonly (readonly Cell[])[];
  mapping: ColumnMapping;
  onMapping: (m: ColumnMapping) => void;
  problem: string | null;
}) {
  const { t } = useTranslation('participants');
  const profiles = useImportProfiles();
  const { busy, run } = useAction();
  const [profileName, setProfileName] = useState('');
  const width = Math.max(header.length, ...rows.map((r) => r.length));
  const options = Array.from({ length: width }, (_, i) => {
    const name = cellText(header[i] ?? null);
    const sample = rows.map((r) => cellText(r[i] ?? null)).find(Boolean);
    return {
      value: String(i),
      label: `${columnLetter(i)}: ${name || t('mapping.noHeader')}${sample ? ` — ${sample.slice(0, 30)}` : ''}`,
    };
  });

  function set(field: ImportField, value: string | null) {
    const next = { ...mapping };
    if (value === null) delete next[field];
    else next[field] = Number(value);
    onMapping(next);
  }

  async function save() {
    const saved = await run(() => saveImportProfile(profileName, profileFromMapping(header, mapping)), {
      success: t('mapping.profileSaved', { name: profileName.trim() }),
    });
    if (saved) setProfileName('');
  }

  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md">
        <Group align="flex-end" gap="md" wrap="wrap">
          <Select
            label={t('mapping.profile')}
            placeholder={profiles && profiles.length > 0 ? t('mapping.profilePick') : t('mapping.noProfiles')}
            data={(profiles ?? []).map((p) => ({ value: p.id, label: p.name }))}
            value={null}
            onChange={(id) => {
              const p = profiles?.find((x) => x.id === id);
              if (p) onMapping(mappingFromProfile(header, p.mapping));
            }}
            disabled={!profiles || profiles.length === 0}
            w={280}
          />
          <TextInput
            label={t('mapping.profileName')}
            value={profileName}
            onChange={(e) => setProfileName(e.currentTarget.value)}
            w={280}
          />
          <Button
            variant="default"
            leftSection={<IconDeviceFloppy size={16} />}
            onClick={() => void save()}
            disabled={!profileName.trim()}
            loading={busy}
          >
            {t('mapping.saveProfile')}
          </Button>
        </Group>
      </Paper>
      {problem && (
        <Alert color="red" role="alert" title={t('mapping.problemTitle')}>
          {fieldErrorText(problem)}
        </Alert>
      )}
      <Text size="sm" c="dimmed">
        {t('mapping.intro')}
      </Text>
      <SimpleGrid cols={{ base: 2, lg: 3 }} spacing="sm">
        {IMPORT_FIELDS.map((field) => (
          <Select
            key={field}
            label={t(`import.fields.${field}`)}
            withAsterisk={!!REQUIRED_HINT[field] && problem !== null}
            placeholder={t('mapping.skip')}
            data={options}
            value={mapping[field] === undefined ? null : String(mapping[field])}
            onChange={(v) => set(field, v)}
            clearable
            searchable
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
