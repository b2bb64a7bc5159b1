import { Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { parseTime } from '@shared/dates';
import { validateSessionFields } from '@shared/schedule';
import { shortFio } from '@shared/text/fio';
import { DateField, fieldErrorText } from '../../ui';
import type { Lookups } from './schedule-data';

export interface SessionValues {
  date: string | null;
  start: string;
  end: string;
  placeId: string | null;
  onlineLink: string;
  mentorIds: string[];
}

/** What is wrong with a session's fields, in words, by field (the shared rule, `validateSessionFields`). */
export function sessionFieldErrors(value: SessionValues): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, code] of Object.entries(validateSessionFields(value)))
    errors[field] = fieldErrorText(code) ?? code;
  return errors;
}

/** Time, place and mentors of a session; `withDate` false when a series picks the dates. */
export function SessionFields({
  value,
  onChange,
  lookups,
  errors,
  withDate = true,
  dateLabel,
}: {
  value: SessionValues;
  onChange: (v: SessionValues) => void;
  lookups: Lookups;
  errors: Record<string, string>;
  withDate?: boolean;
  dateLabel?: string;
}) {
  const { t } = useTranslation('schedule');
  const set = (patch: Partial<SessionValues>) => onChange({ ...value, ...patch });
  const places = lookups.places
    .filter((p) => !p.archived || p.id === value.placeId)
    .map((p) => ({ value: p.id, label: p.name }));
  const mentors = lookups.mentors
    .filter((m) => !m.archived || value.mentorIds.includes(m.id))
    .map((m) => ({ value: m.id, label: shortFio(m) }));
  return (
    <>
      <Group grow align="flex-start">
        {withDate && (
          <DateField
            label={dateLabel ?? t('session.date')}
            value={value.date}
            onChange={(date) => set({ date })}
            error={errors.date}
            required
            clearable={false}
          />
        )}
        <TimeField
          label={t('session.start')}
          value={value.start}
          onChange={(start) => set({ start })}
          error={errors.start}
        />
        <TimeField
          label={t('session.end')}
          value={value.end}
          onChange={(end) => set({ end })}
          error={errors.end}
        />
      </Group>
      <Group grow align="flex-start">
        <Select
          label={t('session.place')}
          placeholder={t('session.placePlaceholder')}
          data={places}
          value={value.placeId}
          onChange={(placeId) => set({ placeId })}
          error={errors.placeId}
          clearable
          searchable
        />
        <TextInput
          label={t('session.onlineLink')}
          placeholder="https://"
          value={value.onlineLink}
          onChange={(e) => set({ onlineLink: e.currentTarget.value })}
          error={errors.onlineLink}
        />
      </Group>
      <MultiSelect
        label={t('session.mentors')}
        data={mentors}
        value={value.mentorIds}
        onChange={(mentorIds) => set({ mentorIds })}
        searchable
        clearable
      />
    </>
  );
}

/**
 * A 24-hour ЧЧ:ММ field. The browser's own time input follows the system locale (AM/PM on an English
 * Windows), so this is a text field that tidies «9:5»-style input into «09:05» when left.
 */
function TimeField({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
}) {
  const { t } = useTranslation('schedule');
  return (
    <TextInput
      label={label}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      onBlur={() => onChange(parseTime(value) ?? value)}
      placeholder={t('form.timePlaceholder')}
      inputMode="numeric"
      maxLength={5}
      error={error}
      required
    />
  );
}
