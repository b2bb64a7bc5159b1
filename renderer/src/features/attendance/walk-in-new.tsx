import { useState } from 'react';
import { Alert, Badge, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Participant } from '@shared/domain';
import { schoolLabel } from '@shared/participants/build';
import {
  EMPTY_QUICK_PARTICIPANT,
  quickParticipantSchema,
  type QuickParticipant,
  type QuickParticipantInput,
} from '@shared/participants/quick-participant';
import { joinFio } from '@shared/text/fio';
import { genderize, sexOf } from '@shared/text/gender';
import { addWalkIn, type WalkIn } from '../../db/commands/walk-in';
import { DialogFooter, notifySaved, useAction, withErrorWords } from '../../ui';
import { findSameFio } from './use-attendance';
import type { WalkInContext } from './walk-in-dialog';

/** Grades 1–11, the same range as the participant form (`shared/participants/quick-participant.ts`). */
const GRADES = Array.from({ length: 11 }, (_, i) => String(i + 1));

/**
 * The new-participant tab: a quick record checked by the participant form's own schema. A person with the same
 * ФИО already in the base is offered first, so a walk-in does not become a duplicate.
 */
export function WalkInNew({ walkIn }: { walkIn: WalkInContext }) {
  const { t } = useTranslation('attendance');
  const { ctx, status, enrolled, schools, describe, onClose } = walkIn;
  const [sameFio, setSameFio] = useState<Participant[] | null>(null);
  const { busy, run } = useAction();
  const { register, control, handleSubmit, formState } = useForm<
    QuickParticipantInput,
    unknown,
    QuickParticipant
  >({
    resolver: withErrorWords(zodResolver(quickParticipantSchema)),
    defaultValues: EMPTY_QUICK_PARTICIPANT,
  });
  const { errors } = formState;
  // A changed name is a new question: the same-ФИО offer is asked again on submit.
  const name = (field: 'lastName' | 'firstName' | 'middleName') =>
    register(field, { onChange: () => setSameFio(null) });

  async function add(who: WalkIn, fio: string, person: Parameters<typeof sexOf>[0]) {
    const added = await run(() => addWalkIn(ctx.session.id, who, status));
    if (added) {
      notifySaved(genderize(t('walkIn.added', { name: fio }), sexOf(person)));
      onClose();
    }
  }

  async function submit(values: QuickParticipant) {
    if (sameFio === null) {
      const same = await findSameFio(values);
      if (same.length > 0) {
        setSameFio(same);
        return;
      }
    }
    await add({ participant: values }, joinFio(values), values);
  }

  return (
    <form onSubmit={(e) => void handleSubmit(submit)(e)} noValidate>
      <Stack gap="xs">
        <Group grow align="flex-start">
          <TextInput
            label={t('walkIn.lastName')}
            required
            error={errors.lastName?.message}
            {...name('lastName')}
          />
          <TextInput
            label={t('walkIn.firstName')}
            required
            error={errors.firstName?.message}
            {...name('firstName')}
          />
          <TextInput
            label={t('walkIn.middleName')}
            error={errors.middleName?.message}
            {...name('middleName')}
          />
        </Group>
        <Group grow align="flex-start">
          <Controller
            control={control}
            name="schoolId"
            render={({ field }) => (
              <Select
                label={t('walkIn.school')}
                placeholder={t('walkIn.noSchool')}
                data={schools.map((s) => ({ value: s.id, label: schoolLabel(s) }))}
                value={field.value}
                onChange={field.onChange}
                error={errors.schoolId?.message}
                searchable
                clearable
              />
            )}
          />
          <Controller
            control={control}
            name="grade"
            render={({ field }) => (
              <Select
                label={t('walkIn.grade')}
                data={GRADES}
                value={field.value === null ? null : String(field.value)}
                onChange={(v) => field.onChange(v ? Number(v) : null)}
                error={errors.grade?.message}
                clearable
              />
            )}
          />
        </Group>
        {sameFio && sameFio.length > 0 && (
          <Alert color="yellow" title={t('walkIn.sameFio')}>
            <Stack gap={4}>
              {sameFio.map((p) => (
                <Group key={p.id} justify="space-between" wrap="nowrap">
                  <Text size="sm">
                    {joinFio(p)}
                    {describe(p) ? ` — ${describe(p)}` : ''}
                  </Text>
                  {enrolled.has(p.id) ? (
                    <Badge variant="light" color="gray">
                      {t('walkIn.inGroup')}
                    </Badge>
                  ) : (
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => void add({ participantId: p.id }, joinFio(p), p)}
                    >
                      {t('walkIn.useExisting')}
                    </Button>
                  )}
                </Group>
              ))}
            </Stack>
          </Alert>
        )}
        <DialogFooter
          onCancel={onClose}
          submitType="submit"
          busy={busy || formState.isSubmitting}
          submitLabel={sameFio && sameFio.length > 0 ? t('walkIn.submitAnyway') : t('walkIn.submit')}
        />
      </Stack>
    </form>
  );
}
