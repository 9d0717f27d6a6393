import { Stack, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { daysOf, FIRST_HOUR, LAST_HOUR, viewRange, whenOf } from '../calendarRange';
import { CalendarItem } from './CalendarItem';
import { DropCell } from './DropCell';
import type { CalendarViewProps } from './MonthView';

const HOURS = Array.from({ length: LAST_HOUR - FIRST_HOUR + 1 }, (_, i) => FIRST_HOUR + i);

/** The hour's slot an activity sits in: earlier ones in the first, later ones in the last. */
const slotOf = (hour: number) => Math.min(LAST_HOUR, Math.max(FIRST_HOUR, hour));

/** Seven days by the hour; an activity dropped on a slot moves to that day and hour, keeping its minutes. */
export function WeekView({ anchor, byDay, onReschedule }: CalendarViewProps) {
  const days = daysOf(viewRange('week', anchor));
  const today = dayjs().format('YYYY-MM-DD');
  return (
    <table
      style={{ width: '100%', tableLayout: 'fixed', borderCollapse: 'collapse' }}
      aria-label={`Week of ${days[0].format('D MMMM YYYY')}`}
    >
      <thead>
        <tr>
          <th scope="col" style={{ width: 56 }}>
            <Text size="xs" c="dimmed">
              Hour
            </Text>
          </th>
          {days.map((day) => {
            const key = day.format('YYYY-MM-DD');
            return (
              <th key={key} scope="col" style={{ padding: 4 }} aria-current={key === today ? 'date' : undefined}>
                <Text size="sm" fw={key === today ? 700 : 600} c={key === today ? 'blue.8' : undefined}>
                  {day.format('ddd D MMM')}
                </Text>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {HOURS.map((hour) => (
          <tr key={hour}>
            <th scope="row" style={{ verticalAlign: 'top', padding: 4 }}>
              <Text size="xs" c="dimmed">
                {String(hour).padStart(2, '0')}:00
              </Text>
            </th>
            {days.map((day) => {
              const key = day.format('YYYY-MM-DD');
              const items = (byDay.get(key) ?? []).filter((a) => slotOf(whenOf(a)!.hour()) === hour);
              return (
                <DropCell key={key} id={`slot:${key}:${hour}`} label={`${day.format('dddd D MMMM')}, ${hour}:00`}>
                  <Stack gap={2} mih={28}>
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
