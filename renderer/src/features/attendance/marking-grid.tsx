import { useRef, type KeyboardEvent } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  ATTENDANCE_STATUSES,
  type AttendanceMark,
  type AttendanceStatus,
  type Participant,
} from '@shared/domain';
import { joinFio } from '@shared/text/fio';
import classes from './attendance.module.css';
import { NoteInput } from './note-input';
import { enumLabel } from '../../ui';
import { isTextField } from './keyboard';

export const MARK_COLORS: Record<AttendanceStatus, string> = {
  present: 'teal',
  late: 'yellow',
  absent: 'red',
  excused: 'blue',
};

export interface GridRow {
  participant: Participant;
  subtitle: string;
  mark: AttendanceMark | undefined;
}

/**
 * The marking grid: one row per enrolled participant, each with a radio group of the four marks and a note.
 * Keys: 1–4 set the mark of the row in focus, ↑/↓ move between rows, ←/→ move within the marks. A row
 * has a single tab stop (its checked mark, or the first one), as in the ARIA radio-group pattern.
 */
export function MarkingGrid({
  rows,
  disabled,
  onMark,
  onNote,
}: {
  rows: GridRow[];
  disabled: boolean;
  onMark: (participantId: string, status: AttendanceStatus) => void;
  onNote: (participantId: string, note: string) => void;
}) {
  const { t } = useTranslation('attendance');
  const groupRefs = useRef<(HTMLDivElement | null)[]>([]);

  function focusRow(index: number, status?: AttendanceStatus) {
    const group = groupRefs.current[index];
    if (!group) return;
    const target =
      (status && group.querySelector<HTMLElement>(`[data-status="${status}"]`)) ||
      group.querySelector<HTMLElement>('[tabindex="0"]') ||
      group.querySelector<HTMLElement>('[role="radio"]');
    target?.focus();
  }

  function onKeyDown(e: KeyboardEvent<HTMLTableElement>) {
    if (isTextField(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
    const rowEl = (e.target as HTMLElement).closest<HTMLElement>('[data-row]');
    if (!rowEl) return;
    const index = Number(rowEl.dataset.row);
    const row = rows[index];
    if (!row) return;
    const digit = /^[1-4]$/.test(e.key) ? Number(e.key) : null;
    if (digit !== null) {
      e.preventDefault();
      if (disabled) return;
      const status = ATTENDANCE_STATUSES[digit - 1]!;
      onMark(row.participant.id, status);
      focusRow(index, status);
      return;
    }
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = Math.min(rows.length - 1, Math.max(0, index + (e.key === 'ArrowDown' ? 1 : -1)));
      focusRow(next);
      return;
    }
    if ((e.key === 'ArrowRight' || e.key === 'ArrowLeft') && !disabled) {
      const current = (e.target as HTMLElement).dataset.status as AttendanceStatus | undefined;
      if (!current) return;
      e.preventDefault();
      const at = ATTENDANCE_STATUSES.indexOf(current);
      const n = ATTENDANCE_STATUSES.length;
      const status = ATTENDANCE_STATUSES[(at + (e.key === 'ArrowRight' ? 1 : n - 1)) % n]!;
      onMark(row.participant.id, status);
      focusRow(index, status);
    }
  }

  return (
    <div className={`${classes.scroll} ${classes.gridScroll}`}>
      <table className={classes.grid} aria-label={t('session.gridLabel')} onKeyDown={onKeyDown}>
        <thead>
          <tr>
            <th scope="col" style={{ width: 40 }}>
              {t('session.columns.n')}
            </th>
            <th scope="col">{t('session.columns.fio')}</th>
            <th scope="col" className={classes.markColumn}>
              {t('session.columns.mark')}
            </th>
            <th scope="col" className={classes.noteColumn}>
              {t('session.columns.note')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const name = joinFio(row.participant);
            const current = row.mark?.status;
            return (
              <tr key={row.participant.id} className={classes.row} data-row={index}>
                <td>
                  <Text size="sm" c="dimmed">
                    {index + 1}
                  </Text>
                </td>
                <th scope="row" className={classes.fio}>
                  <Text size="sm" fw={500}>
                    {name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {row.subtitle}
                  </Text>
                </th>
                <td>
                  <Group
                    gap={6}
                    wrap="nowrap"
                    role="radiogroup"
                    aria-label={t('session.markOf', { name })}
                    ref={(el) => {
                      groupRefs.current[index] = el;
                    }}
                  >
                    {ATTENDANCE_STATUSES.map((status, i) => {
                      const checked = current === status;
                      const tabStop = current ? checked : i === 0;
                      return (
                        <Button
                          key={status}
                          size="compact-sm"
                          role="radio"
                          aria-checked={checked}
                          aria-label={enumLabel('attendanceStatus', status)}
                          data-status={status}
                          tabIndex={tabStop ? 0 : -1}
                          disabled={disabled}
                          color={MARK_COLORS[status]}
                          variant={checked ? 'filled' : 'default'}
                          className={classes.markButton}
                          onClick={() => onMark(row.participant.id, status)}
                          title={`${i + 1} — ${enumLabel('attendanceStatus', status)}`}
                        >
                          {/* Below ~1200 px the short form («П», «ОП», «Н», «УП») shows; the title tells. */}
                          <span className={classes.markLong}>
                            {status === 'excused'
                              ? t('marksButton.excused')
                              : enumLabel('attendanceStatus', status)}
                          </span>
                          <span className={classes.markShort} aria-hidden>
                            {t(`marksShort.${status}`)}
                          </span>
                        </Button>
                      );
                    })}
                  </Group>
                </td>
                <td>
                  <NoteInput
                    key={`${row.participant.id}:${row.mark?.note ?? ''}:${row.mark ? 1 : 0}`}
                    label={t('session.noteOf', { name })}
                    initial={row.mark?.note ?? ''}
                    disabled={disabled || !row.mark}
                    placeholder={row.mark ? t('session.notePlaceholder') : t('session.noteNeedsMark')}
                    onSave={(note) => onNote(row.participant.id, note)}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
