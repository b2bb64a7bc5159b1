import { ActionIcon, Button, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  Controller,
  useFieldArray,
  type Control,
  type FieldErrors,
  type UseFormRegister,
} from 'react-hook-form';
import { EMPTY_EQUIPMENT_ITEM, PROGRAM_LIMITS, type ProgramFormValues } from '@shared/programs';
import { NumberField } from './form-fields';

/** The equipment list of a programme: one row per item, added and removed in place. */
export function EquipmentEditor({
  control,
  register,
  errors,
}: {
  control: Control<ProgramFormValues>;
  register: UseFormRegister<ProgramFormValues>;
  errors: FieldErrors<ProgramFormValues>['equipment'];
}) {
  const { t } = useTranslation('programs');
  const { fields, append, remove } = useFieldArray({ control, name: 'equipment' });
  const perOptions = [
    { value: 'person', label: t('equipment.perPerson') },
    { value: 'group', label: t('equipment.perGroup') },
  ];
  const requiredOptions = [
    { value: 'yes', label: t('equipment.required') },
    { value: 'no', label: t('equipment.optional') },
  ];

  return (
    <>
      {fields.length === 0 ? (
        <Text size="sm" c="dimmed" mb="sm">
          {t('equipment.none')}
        </Text>
      ) : (
        <Table
          verticalSpacing={6}
          horizontalSpacing="xs"
          mb="sm"
          aria-label={t('equipment.tableLabel')}
          layout="fixed"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={36}>№</Table.Th>
              <Table.Th>{t('equipment.name')}</Table.Th>
              <Table.Th>{t('equipment.specs')}</Table.Th>
              <Table.Th w={90}>{t('equipment.quantity')}</Table.Th>
              <Table.Th w={150}>{t('equipment.per')}</Table.Th>
              <Table.Th w={150}>{t('equipment.necessity')}</Table.Th>
              <Table.Th w={44} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fields.map((field, i) => {
              const row = i + 1;
              const e = errors?.[i];
              return (
                <Table.Tr key={field.id} style={{ verticalAlign: 'top' }}>
                  <Table.Td pt={14}>
                    <Text size="sm" c="dimmed">
                      {row}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('equipment.nameRow', { row })}
                      aria-required
                      {...register(`equipment.${i}.name`)}
                      error={e?.name?.message}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('equipment.specsRow', { row })}
                      {...register(`equipment.${i}.specs`)}
                      error={e?.specs?.message}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberField
                      control={control}
                      name={`equipment.${i}.quantity`}
                      aria-label={t('equipment.quantityRow', { row })}
                      error={e?.quantity?.message}
                      max={PROGRAM_LIMITS.quantityMax}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Controller
                      control={control}
                      name={`equipment.${i}.per`}
                      render={({ field: f }) => (
                        <Select
                          aria-label={t('equipment.perRow', { row })}
                          data={perOptions}
                          value={f.value}
                          onChange={(v) => f.onChange(v ?? 'person')}
                          allowDeselect={false}
                          error={e?.per?.message}
                        />
                      )}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Controller
                      control={control}
                      name={`equipment.${i}.required`}
                      render={({ field: f }) => (
                        <Select
                          aria-label={t('equipment.necessityRow', { row })}
                          data={requiredOptions}
                          value={f.value ? 'yes' : 'no'}
                          onChange={(v) => f.onChange(v !== 'no')}
                          allowDeselect={false}
                        />
                      )}
                    />
                  </Table.Td>
                  <Table.Td pt={10}>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={t('equipment.removeRow', { row })}
                      onClick={() => remove(i)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {typeof errors?.message === 'string' && (
        <Text size="sm" c="red" mb="xs">
          {errors.message}
        </Text>
      )}
      <Group>
        <Button
          variant="light"
          size="sm"
          leftSection={<IconPlus size={16} />}
          onClick={() => append({ ...EMPTY_EQUIPMENT_ITEM })}
          disabled={fields.length >= PROGRAM_LIMITS.equipmentMax}
        >
          {t('equipment.add')}
        </Button>
      </Group>
    </>
  );
}
