import { useState } from 'react';
import { Checkbox, Group, Modal, ScrollArea, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Participant } from '@shared/domain';
import { schoolLabel } from '@shared/participants/build';
import { joinFio } from '@shared/text/fio';
import { DialogFooter, SearchInput, useAction } from '../../ui';
import type { Lookups } from './schedule-data';
import { useClass, useClassLetters, useParticipantSearch } from './use-schedule';

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
  const { busy, run } = useAction();
  const found = useParticipantSearch(query, 40) ?? [];

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
        <DialogFooter
          onCancel={close}
          cancelLabel={t('form.cancel')}
          onSubmit={() => void run(() => onEnroll([...picked.keys()])).then((done) => done && close())}
          submitLabel={t('enroll.enrollPicked', { count: picked.size })}
          disabled={picked.size === 0}
          busy={busy}
        />
      </Stack>
    </Modal>
  );
}

/** Grades 1–11, as everywhere a pupil's grade is asked. */
const GRADES = Array.from({ length: 11 }, (_, i) => String(i + 1));

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
  const { busy, run } = useAction();
  const letters = useClassLetters(schoolId, grade ? Number(grade) : null) ?? [];
  const pupils = useClass(schoolId, grade ? Number(grade) : null, letter ?? '') ?? [];

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
          data={lookups.schools.map((s) => ({ value: s.id, label: schoolLabel(s) }))}
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
            {t('enroll.classFound', { count: pupils.length })}
          </Text>
        )}
        <DialogFooter
          onCancel={close}
          cancelLabel={t('form.cancel')}
          onSubmit={() => void run(() => onEnroll(pupils.map((p) => p.id))).then((done) => done && close())}
          submitLabel={t('enroll.enrollClass')}
          disabled={pupils.length === 0}
          busy={busy}
        />
      </Stack>
    </Modal>
  );
}
