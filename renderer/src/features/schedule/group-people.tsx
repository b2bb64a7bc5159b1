import { ActionIcon, Paper, Table, Text, Title } from '@mantine/core';
import { IconUserMinus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Enrollment, Participant } from '@shared/domain';
import { joinFio } from '@shared/text/fio';
import type { Lookups } from './schedule-data';

/** Those holding a place, then the waiting list in its order; each row can be taken out of the group. */
export function GroupPeople({
  enrolled,
  waiting,
  participants,
  lookups,
  onRemove,
}: {
  enrolled: Enrollment[];
  waiting: Enrollment[];
  participants: Map<string, Participant>;
  lookups: Lookups;
  onRemove: (e: Enrollment, name: string) => Promise<void>;
}) {
  const { t } = useTranslation('schedule');
  const remove = (e: Enrollment, name: string) => void onRemove(e, name);
  return (
    <>
      <Paper withBorder p="md" radius="md">
        <Title order={2} fz="lg" mb="sm">
          {t('group.enrolled')} ({enrolled.length})
        </Title>
        {enrolled.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('group.noneEnrolled')}
          </Text>
        ) : (
          <PeopleTable
            rows={enrolled}
            participants={participants}
            lookups={lookups}
            label={t('group.enrolled')}
            onRemove={remove}
            removeLabel={(name) => t('people.removeAria', { name })}
          />
        )}
      </Paper>

      {waiting.length > 0 && (
        <Paper withBorder p="md" radius="md">
          <Title order={2} fz="lg" mb="sm">
            {t('group.waiting')} ({waiting.length})
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            {t('group.waitingHint')}
          </Text>
          <PeopleTable
            rows={waiting}
            participants={participants}
            lookups={lookups}
            label={t('group.waiting')}
            onRemove={remove}
            removeLabel={(name) => t('people.removeWaitingAria', { name })}
          />
        </Paper>
      )}
    </>
  );
}

function PeopleTable({
  rows,
  participants,
  lookups,
  label,
  onRemove,
  removeLabel,
}: {
  rows: Enrollment[];
  participants: Map<string, Participant>;
  lookups: Lookups;
  label: string;
  onRemove: (e: Enrollment, name: string) => void;
  removeLabel: (name: string) => string;
}) {
  const { t } = useTranslation('schedule');
  return (
    <Table striped highlightOnHover aria-label={label} stickyHeader>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={48}>№</Table.Th>
          <Table.Th>{t('people.fio')}</Table.Th>
          <Table.Th>{t('people.school')}</Table.Th>
          <Table.Th w={80}>{t('people.class')}</Table.Th>
          <Table.Th w={60} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((e, i) => {
          const p = participants.get(e.participantId);
          const name = p ? joinFio(p) : '—';
          return (
            <Table.Tr key={e.id}>
              <Table.Td>{i + 1}</Table.Td>
              <Table.Td>{name}</Table.Td>
              <Table.Td>{p?.schoolId ? (lookups.school.get(p.schoolId)?.shortName ?? '') : ''}</Table.Td>
              <Table.Td>{p?.grade ? `${p.grade}${p.classLetter}` : ''}</Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={removeLabel(name)}
                  onClick={() => onRemove(e, name)}
                >
                  <IconUserMinus size={18} />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
