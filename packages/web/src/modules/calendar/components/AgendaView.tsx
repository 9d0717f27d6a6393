import { Paper, Stack, Text, Title } from '@mantine/core';
import { daysOf, viewRange } from '../calendarRange';
import { CalendarItem } from './CalendarItem';
import type { CalendarViewProps } from './MonthView';

/** The month as a list: each day that has activities, with them in time order. */
export function AgendaView({ anchor, byDay, onReschedule }: CalendarViewProps) {
  const days = daysOf(viewRange('agenda', anchor)).filter((day) => byDay.has(day.format('YYYY-MM-DD')));
  if (days.length === 0) {
    return (
      <Text c="dimmed" py="lg">
        Nothing planned in {anchor.format('MMMM YYYY')}.
      </Text>
    );
  }
  return (
    <Stack gap="md">
      {days.map((day) => {
        const key = day.format('YYYY-MM-DD');
        const label = day.format('dddd D MMMM YYYY');
        return (
          <Paper key={key} withBorder p="sm">
            <Title order={2} size="h5" mb={6}>
              {label}
            </Title>
            <Stack gap={4} component="ul" aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {byDay.get(key)!.map((activity) => (
                <li key={activity.id}>
                  <CalendarItem activity={activity} onReschedule={onReschedule} />
                </li>
              ))}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
