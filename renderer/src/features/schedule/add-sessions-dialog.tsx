import { useState } from 'react';
import { Modal, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Group as StudyGroup } from '@shared/domain';
import type { ScheduleSaveResult } from '@shared/schedule';
import { saveSessions } from '../../db/repos/session-repo';
import type { EnrollOptions } from '../../db/repos/enrollment-repo';
import { DialogFooter, notifySaved, useAction } from '../../ui';
import type { Lookups } from './schedule-data';
import { emptyPlan, planDrafts, planErrors, SessionsPlanner, type PlanValue } from './sessions-planner';

type Run = <T>(
  attempt: (options: EnrollOptions) => Promise<ScheduleSaveResult<T>>,
  opts?: { waitingList?: boolean },
) => Promise<T | null>;

/** Adds one session or a series to an existing group. */
export function AddSessionsDialog({
  opened,
  onClose,
  group,
  lookups,
  run,
}: {
  opened: boolean;
  onClose: () => void;
  group: StudyGroup;
  lookups: Lookups;
  run: Run;
}) {
  const { t } = useTranslation('schedule');
  const [plan, setPlan] = useState<PlanValue | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { busy, run: runAction } = useAction();
  const program = lookups.program.get(group.programId);
  const value = plan ?? emptyPlan(null, program?.mentorIds ?? []);

  function close() {
    setPlan(null);
    setErrors({});
    onClose();
  }

  async function save() {
    const found = planErrors(value, t);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const saved = await runAction(() => run((options) => saveSessions(group.id, planDrafts(value), options)));
    if (saved) {
      notifySaved(t('sessions.added', { count: saved.length }));
      close();
    }
  }

  return (
    <Modal opened={opened} onClose={close} title={t('group.addSessions')} size="xl" centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        noValidate
      >
        <Stack gap="sm">
          <SessionsPlanner value={value} onChange={setPlan} lookups={lookups} errors={errors} />
          <DialogFooter
            onCancel={close}
            cancelLabel={t('form.cancel')}
            submitType="submit"
            submitLabel={t('sessions.addSubmit')}
            busy={busy}
          />
        </Stack>
      </form>
    </Modal>
  );
}
