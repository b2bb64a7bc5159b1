import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceStatus, Id } from '@shared/domain';
import {
  markAllPresent,
  markScanned,
  setMark,
  setMarkNote,
  undoChanges,
  type MarkChange,
} from '../../db/repos/attendance-repo';
import { errorMessage, notifyError, notifySaved } from '../../ui';
import { isTextField } from './keyboard';

/**
 * The marking of one session: each mark, note or «все присутствуют» is saved at once and kept as one step of
 * an undo history; Alt+1 and Ctrl+Z work anywhere on the page (physical key codes, so in the Russian layout
 * too). `enabled` is false while the session loads or when it is cancelled.
 */
export function useMarking(sessionId: Id, enabled: boolean) {
  const { t, i18n } = useTranslation('attendance');
  // Each entry is one user action (a mark, a note, «все присутствуют»), undone as a whole.
  const [history, setHistory] = useState<MarkChange[][]>([]);
  const [savedAt, setSavedAt] = useState<string | null>(null);

  const record = useCallback(
    (changes: MarkChange[]) => {
      if (changes.length === 0) return;
      setHistory((h) => [...h.slice(-49), changes]);
      setSavedAt(new Date().toLocaleTimeString(i18n.language));
    },
    [i18n.language],
  );

  const mark = useCallback(
    (participantId: Id, status: AttendanceStatus) => {
      setMark(sessionId, participantId, status)
        .then((c) => {
          // The benchmark (B5, bench/run.mjs) times a click until this mark: the mark is committed to IndexedDB.
          performance.mark('attendance-saved');
          record([c]);
        })
        .catch((e: unknown) => notifyError(errorMessage(e)));
    },
    [sessionId, record],
  );

  /** A pupil's QR code was read: the same mark, undone the same way; false when the pupil was marked already. */
  const scan = useCallback(
    async (participantId: Id) => {
      const change = await markScanned(sessionId, participantId);
      // The benchmark (B9, bench/run.mjs) times a scanned code until this mark is committed.
      performance.mark('qr-mark-saved');
      if (change) record([change]);
      return change !== null;
    },
    [sessionId, record],
  );

  const note = useCallback(
    (participantId: Id, text: string) => {
      setMarkNote(sessionId, participantId, text)
        .then((c) => record([c]))
        .catch((e: unknown) => notifyError(errorMessage(e)));
    },
    [sessionId, record],
  );

  const allPresent = useCallback(async () => {
    try {
      const changes = await markAllPresent(sessionId);
      record(changes);
      notifySaved(
        changes.length > 0
          ? t('session.allPresentDone', { count: changes.length })
          : t('session.allPresentNone'),
      );
    } catch (e) {
      notifyError(errorMessage(e));
    }
  }, [sessionId, record, t]);

  const undo = useCallback(async () => {
    const last = history[history.length - 1];
    if (!last) return;
    try {
      await undoChanges(last);
      setHistory((h) => h.slice(0, -1));
      notifySaved(t('session.undone'));
    } catch (e) {
      notifyError(errorMessage(e));
    }
  }, [history, t]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (!enabled) return;
      if (e.altKey && !e.ctrlKey && e.code === 'Digit1') {
        e.preventDefault();
        void allPresent();
      } else if ((e.ctrlKey || e.metaKey) && !e.altKey && e.code === 'KeyZ' && !isTextField(e.target)) {
        e.preventDefault();
        void undo();
      }
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [allPresent, undo, enabled]);

  return { canUndo: history.length > 0, savedAt, mark, scan, note, allPresent, undo };
}
