import { DateInput, type DateInputProps } from '@mantine/dates';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(customParseFormat);

/** How the app writes a day everywhere ("3 Nov 2025"); the fields show and accept the same. */
const DAY_FORMAT = 'D MMM YYYY';
const DAY_TIME_FORMAT = `${DAY_FORMAT}, HH:mm`;

/** What a person may type: the shown form, the full month name, or ISO for those who prefer it. */
const TYPED_DAYS = [DAY_FORMAT, 'D MMMM YYYY', 'YYYY-MM-DD'];
const TYPED_DAY_TIMES = [
  DAY_TIME_FORMAT,
  `${DAY_FORMAT} HH:mm`,
  'D MMMM YYYY, HH:mm',
  'D MMMM YYYY HH:mm',
  'YYYY-MM-DDTHH:mm',
  'YYYY-MM-DD HH:mm',
];

/**
 * The dropdown calendar for everyone: weekends in red and other months' days in grey fall short of
 * WCAG contrast, and the arrows have no names of their own.
 */
const READABLE_CALENDAR: Partial<DateInputProps> = {
  weekendDays: [],
  hideOutsideDates: true,
  ariaLabels: {
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    previousYear: 'Previous year',
    nextYear: 'Next year',
    previousDecade: 'Previous decade',
    nextDecade: 'Next decade',
    monthLevelControl: 'Choose the month',
    yearLevelControl: 'Choose the year',
  },
};

/** Strict, so that a half-typed "2026-03-0" is not taken for a date. */
const parser = (formats: string[], output: string) => (typed: string) => {
  const parsed = dayjs(typed.trim(), formats, true);
  return parsed.isValid() ? parsed.format(output) : null;
};

type FieldProps = Omit<DateInputProps, 'value' | 'defaultValue' | 'onChange' | 'valueFormat' | 'dateParser'> & {
  value?: string;
  onChange: (value: string) => void;
};

/** A day, held as ISO `YYYY-MM-DD` ('' for none), shown and typed as the app writes dates. */
export function DateField({ value, onChange, ...props }: FieldProps) {
  return (
    <DateInput
      clearable
      {...READABLE_CALENDAR}
      clearButtonProps={{ 'aria-label': 'Clear the date' }}
      {...props}
      value={value || null}
      onChange={(day) => onChange(day ? dayjs(day).format('YYYY-MM-DD') : '')}
      valueFormat={DAY_FORMAT}
      dateParser={parser(TYPED_DAYS, 'YYYY-MM-DD')}
      placeholder={props.placeholder ?? 'e.g. 5 Mar 2026'}
    />
  );
}

/** A day picked in the calendar comes without a time: it keeps the time already set. */
function withKeptTime(moment: string, previous: string) {
  const picked = dayjs(moment);
  if (moment.length > 10 || !previous) return picked.format('YYYY-MM-DDTHH:mm');
  const kept = dayjs(previous);
  return picked.hour(kept.hour()).minute(kept.minute()).format('YYYY-MM-DDTHH:mm');
}

/** A local day and time, held as `YYYY-MM-DDTHH:mm` ('' for none), shown as "5 Mar 2026, 14:30". */
export function DateTimeField({ value, onChange, ...props }: FieldProps) {
  return (
    <DateInput
      clearable
      {...READABLE_CALENDAR}
      clearButtonProps={{ 'aria-label': 'Clear the date and time' }}
      withTime
      {...props}
      value={value ? dayjs(value).format('YYYY-MM-DD HH:mm:ss') : null}
      onChange={(moment) => onChange(moment ? withKeptTime(moment, value ?? '') : '')}
      valueFormat={DAY_TIME_FORMAT}
      dateParser={parser(TYPED_DAY_TIMES, 'YYYY-MM-DD HH:mm:ss')}
      placeholder={props.placeholder ?? 'e.g. 5 Mar 2026, 14:30'}
    />
  );
}
