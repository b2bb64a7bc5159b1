import { useState } from 'react';
import { Button, Checkbox, Group, Modal, ScrollArea, Select, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Participant } from '@shared/domain';
import { countLabel } from '@shared/text/collation';
import { joinFio } from '@shared/text/fio';
import { classLetters, findClass, searchParticipants } from '../../db/repos/enrollment-repo';
import { SearchInput } from '../../ui';
import type { Lookups } from './schedule-data';

const PUPILS = ['участник', 'участника', 'участников'] as const;

function participantLine(p: Participant, lookups: Lookups): string {
  const school = p.schoolId ? (lookups.school.get(p.schoolId)?.shortName ?? '') : '';
  const cls = p.grade ? `${p.grade}${p.classLetter}` : '';
  return [joinFio(p), school, cls].filter(Boolean).join(', ');
}

/** Enrollment by search: type a few letters of the ФИО, tick people, enroll them. */
export function EnrollSearchDialog({
  opened,
  onClose,
  onEnroll,
  lookups,
  presentIds,
}: {
  opened: boolean;
  onClose: () => void;
  onEnroll: (ids: string[]) => Promise<boolean>;
  lookups: Lookups;
  presentIds: ReadonlySet<string>;
}) {
  const { t } = useTranslation('schedule');
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<Map<string, Participant>>(new Map());
  const [busy, setBusy] = useState(false);
  const found = useLiveQuery(() => searchParticipants(query, 40), [query]) ?? [];

  function close() {
    setQuery('');
    setPicked(new Map());
    onClose();
  }

  function toggle(p: Participant, on: boolean) {
    setPicked((m) => {
      const next = new Map(m);
      if (on) next.set(p.id, p);
      else next.delete(p.id);
      return next;
    });
  }

  return (
    <Modal opened={opened} onClose={close} title={t('enroll.searchTitle')} size="lg" centered>
      <Stack gap="sm">
        <SearchInput value={query} onChange={setQuery} label={t('enroll.searchLabel')} />
        <ScrollArea h={280} type="auto">
          <Stack gap={6} role="group" aria-label={t('enroll.results')}>
            {query.trim() && found.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('enroll.nothingFound')}
              </Text>
            )}
            {found.map((p) => {
              const there = presentIds.has(p.id);
              return (
                <Checkbox
                  key={p.id}
                  label={participantLine(p, lookups) + (there ? ` — ${t('enroll.alreadyThere')}` : '')}
                  checked={picked.has(p.id)}
                  disabled={there}
                  onChange={(e) => toggle(p, e.currentTarget.checked)}
                />
              );
            })}
          </Stack>
        </ScrollArea>
        {picked.size > 0 && (
          <Text size="sm">
            {t('enroll.picked')}: {[...picked.values()].map((p) => joinFio(p)).join('; ')}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('form.cancel')}
          </Button>
          <Button
            disabled={picked.size === 0}
            loading={busy}
            onClick={async () => {
              setBusy(true);
              try {
                if (await onEnroll([...picked.keys()])) close();
              } finally {
                setBusy(false);
              }
            }}
          >
            {t('enroll.enrollPicked', { count: picked.size })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

const GRADES = ['6', '7', '8', '9', '10', '11'];

/** A whole class of a school at once: school + grade + letter. */
export function EnrollClassDialog({
  opened,
  onClose,
  onEnroll,
  lookups,
}: {
  opened: boolean;
  onClose: () => void;
  onEnroll: (ids: string[]) => Promise<boolean>;
  lookups: Lookups;
}) {
  const { t } = useTranslation('schedule');
  const [schoolId, setSchoolId] = useState<string | null>(null);
  const [grade, setGrade] = useState<string | null>(null);
  const [letter, setLetter] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const letters =
    useLiveQuery(
      () => (schoolId && grade ? classLetters(schoolId, Number(grade)) : Promise.resolve([])),
      [schoolId, grade],
    ) ?? [];
  const pupils =
    useLiveQuery(
      () => (schoolId && grade && letter ? findClass(schoolId, Number(grade), letter) : Promise.resolve([])),
      [schoolId, grade, letter],
    ) ?? [];

  function close() {
    setSchoolId(null);
    setGrade(null);
    setLetter(null);
    onClose();
  }

  return (
    <Modal opened={opened} onClose={close} title={t('enroll.classTitle')} centered>
      <Stack gap="sm">
        <Select
          label={t('enroll.school')}
          data={lookups.schools.map((s) => ({ value: s.id, label: s.shortName || s.fullName }))}
          value={schoolId}
          onChange={(v) => {
            setSchoolId(v);
            setLetter(null);
          }}
          searchable
          required
        />
        <Group grow>
          <Select
            label={t('enroll.grade')}
            data={GRADES}
            value={grade}
            onChange={(v) => {
              setGrade(v);
              setLetter(null);
            }}
            required
          />
          <Select
            label={t('enroll.letter')}
            data={letters}
            value={letter}
            onChange={setLetter}
            disabled={letters.length === 0}
            placeholder={schoolId && grade && letters.length === 0 ? t('enroll.noClasses') : undefined}
            required
          />
        </Group>
        {letter && (
          <Text size="sm" role="status">
            {t('enroll.classFound', { count: pupils.length, label: countLabel(pupils.length, PUPILS) })}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('form.cancel')}
          </Button>
          <Button
            disabled={pupils.length === 0}
            loading={busy}
            onClick={async () => {
              setBusy(true);
              try {
                if (await onEnroll(pupils.map((p) => p.id))) close();
              } finally {
                setBusy(false);
              }
            }}
          >
            {t('enroll.enrollClass')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
