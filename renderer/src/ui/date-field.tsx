import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { isIsoDate, parseRuDate } from '@shared/dates';

/**
 * A date field that shows and accepts ДД.ММ.ГГГГ and hands over an ISO date string (`YYYY-MM-DD`) or null.
 * No Date objects cross it, so no time zone can shift the day.
 */
export function DateField({
  value,
  onChange,
  ...props
}: Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'dateParser'> & {
  value: string | null;
  onChange: (value: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <DateInput
      {...props}
      value={value && isIsoDate(value) ? value : null}
      onChange={(v) => onChange(v ? String(v).slice(0, 10) : null)}
      valueFormat="DD.MM.YYYY"
      dateParser={(input) => parseRuDate(input) ?? ''}
      placeholder={props.placeholder ?? t('dateFormat')}
      clearable={props.clearable ?? true}
      locale="ru"
    />
  );
}
