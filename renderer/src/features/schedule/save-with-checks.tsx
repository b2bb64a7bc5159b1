import { useCallback, useRef, useState } from 'react';
import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconBan } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Conflict, ScheduleSaveResult } from '@shared/schedule';
import type { EnrollOptions, EnrollOutcome } from '../../db/repos/enrollment-repo';
import { conflictText } from './conflict-text';

type Answer = 'confirm' | 'waiting' | 'cancel';

interface Pending {
  status: 'refused' | 'confirm';
  conflicts: Conflict[];
  offerWaitingList: boolean;
  resolve: (a: Answer) => void;
}

/** How many explanations the dialog lists before «и ещё N». */
const SHOWN = 8;

/**
 * Runs a schedule save and talks the person through its conflicts: refusals are explained (over capacity
 * offers the waiting list), confirmations ask «Сохранить всё равно». Render `dialog` once in the page.
 */
export function useSaveWithChecks() {
  const { t } = useTranslation('schedule');
  const [pending, setPending] = useState<Pending | null>(null);
  const pendingRef = useRef<Pending | null>(null);

  const ask = useCallback(
    (status: 'refused' | 'confirm', conflicts: Conflict[], offerWaitingList: boolean) =>
      new Promise<Answer>((resolve) => {
        const p = { status, conflicts, offerWaitingList, resolve };
        pendingRef.current = p;
        setPending(p);
      }),
    [],
  );

  const answer = (a: Answer) => {
    pendingRef.current?.resolve(a);
    pendingRef.current = null;
    setPending(null);
  };

  const run = useCallback(
    async <T,>(
      attempt: (options: EnrollOptions) => Promise<ScheduleSaveResult<T>>,
      { waitingList = false }: { waitingList?: boolean } = {},
    ): Promise<T | null> => {
      let options: EnrollOptions = {};
      // At most: waiting list offered, then warnings confirmed, then saved.
      for (let round = 0; round < 4; round++) {
        const result = await attempt(options);
        if (result.status === 'saved') return result.value;
        const onlyCapacity =
          result.status === 'refused' &&
          result.conflicts.every((c) => c.severity === 'confirm' || c.kind === 'over-capacity');
        const reply = await ask(result.status, result.conflicts, waitingList && onlyCapacity);
        if (reply === 'cancel') return null;
        options =
          reply === 'waiting'
            ? { ...options, overflowToWaitingList: true }
            : { ...options, acceptWarnings: true };
      }
      return null;
    },
    [ask],
  );

  const refused = pending?.status === 'refused';
  const shown =
    pending?.conflicts.filter((c) => (refused ? c.severity === 'refuse' : true)).slice(0, SHOWN) ?? [];
  const rest =
    (pending?.conflicts.filter((c) => (refused ? c.severity === 'refuse' : true)).length ?? 0) - shown.length;

  const dialog = (
    <Modal
      opened={pending !== null}
      onClose={() => answer('cancel')}
      title={refused ? t('conflicts.refusedTitle') : t('conflicts.confirmTitle')}
      centered
      size="lg"
      // Above the dialog that started the save (enrollment search, new sessions).
      zIndex={400}
    >
      <Stack gap="sm">
        <Alert
          color={refused ? 'red' : 'orange'}
          icon={refused ? <IconBan size={18} /> : <IconAlertTriangle size={18} />}
          variant="light"
        >
          {refused ? t('conflicts.refusedText') : t('conflicts.confirmText')}
        </Alert>
        <List spacing="xs" size="sm" aria-label={t('conflicts.listLabel')}>
          {shown.map((c, i) => (
            <List.Item key={i}>{conflictText(c, t)}</List.Item>
          ))}
        </List>
        {rest > 0 && (
          <Text size="sm" c="dimmed">
            {t('conflicts.more', { count: rest })}
          </Text>
        )}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={() => answer('cancel')}>
            {refused ? t('conflicts.back') : t('conflicts.cancel')}
          </Button>
          {refused && pending?.offerWaitingList && (
            <Button onClick={() => answer('waiting')}>{t('conflicts.toWaitingList')}</Button>
          )}
          {!refused && (
            <Button color="orange" onClick={() => answer('confirm')}>
              {t('conflicts.saveAnyway')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );

  return { run, dialog };
}

/** «Записано: 3 участника; в лист ожидания: 2» — only the parts that happened. */
export function enrollSummary(outcome: EnrollOutcome, t: TFunction<'schedule'>): string {
  const parts = [t('enroll.doneEnrolled', { count: outcome.enrolled.length })];
  if (outcome.waiting.length) parts.push(t('enroll.doneWaiting', { n: outcome.waiting.length }));
  if (outcome.alreadyThere.length) parts.push(t('enroll.doneAlready', { n: outcome.alreadyThere.length }));
  return parts.join('; ');
}
