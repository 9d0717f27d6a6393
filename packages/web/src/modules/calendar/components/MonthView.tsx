import { Stack, Text, VisuallyHidden } from '@mantine/core';
import dayjs, { type Dayjs } from 'dayjs';
import { daysOf, viewRange } from '../calendarRange';
import type { CalendarActivity } from '../hooks/useCalendarActivities';
import { CalendarItem } from './CalendarItem';
import { DropCell } from './DropCell';

export interface CalendarViewProps {
  anchor: Dayjs;
  /** The activities of each day, keyed `YYYY-MM-DD`, in time order. */
  byDay: Map<string, CalendarActivity[]>;
  onReschedule?(activity: CalendarActivity): void;
}

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Six weeks around a month, one cell a day; an activity dropped on a day keeps its time of day. */
export function MonthView({ anchor, byDay, onReschedule }: CalendarViewProps) {
  const days = daysOf(viewRange('month', anchor));
  const weeks = Array.from({ length: 6 }, (_, i) => days.slice(i * 7, i * 7 + 7));
  const today = dayjs().format('YYYY-MM-DD');
  return (
    <table
      style={{ width: '100%', tableLayout: 'fixed', borderCollapse: 'collapse' }}
      aria-label={anchor.format('MMMM YYYY')}
    >
      <thead>
        <tr>
          {WEEKDAYS.map((name) => (
            <th key={name} scope="col" style={{ padding: 4 }}>
              <Text size="sm" fw={600}>
                {name.slice(0, 3)}
                <VisuallyHidden>{name.slice(3)}</VisuallyHidden>
              </Text>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0].format('YYYY-MM-DD')}>
            {week.map((day) => {
              const key = day.format('YYYY-MM-DD');
              const items = byDay.get(key) ?? [];
              return (
                <DropCell key={key} id={`day:${key}`} muted={day.month() !== anchor.month()}>
                  <Stack gap={2} mih={96}>
                    <Text
                      size="sm"
                      fw={key === today ? 700 : 500}
                      c={key === today ? 'blue.8' : day.month() === anchor.month() ? undefined : 'dimmed'}
                      aria-current={key === today ? 'date' : undefined}
                    >
                      <VisuallyHidden>{day.format('dddd')} </VisuallyHidden>
                      {day.format('D')}
                      <VisuallyHidden> {day.format('MMMM YYYY')}</VisuallyHidden>
                    </Text>
                    {items.map((activity) => (
                      <CalendarItem key={activity.id} activity={activity} onReschedule={onReschedule} />
                    ))}
                  </Stack>
                </DropCell>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
