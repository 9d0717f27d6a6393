import { DndContext, DragOverlay, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { Alert, Button, Paper, Skeleton, Stack } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useSession } from '../../../app/session/useSession';
import type { ActivityKind } from '../../../generated/graphql';
import { ConflictDialog } from '../../../ui/conflict';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { urlParam, useUrlState, type UrlParam } from '../../../ui/useUrlState';
import {
  CALENDAR_KINDS,
  periodTitle,
  sameTimeOn,
  step,
  viewRange,
  whenOf,
  type CalendarScope,
  type CalendarView,
} from '../calendarRange';
import { AgendaView } from '../components/AgendaView';
import { CalendarItemFace } from '../components/CalendarItem';
import { CalendarToolbar } from '../components/CalendarToolbar';
import { MonthView } from '../components/MonthView';
import { RescheduleDialog } from '../components/RescheduleDialog';
import { WeekView } from '../components/WeekView';
import { useCalendarActivities, type CalendarActivity } from '../hooks/useCalendarActivities';
import { useRescheduleActivity } from '../hooks/useRescheduleActivity';

const oneOf = <T extends string>(values: readonly T[], fallback: T): UrlParam<T> => ({
  parse: (raw) => (values.includes(raw as T) ? (raw as T) : fallback),
  format: (value) => (value === fallback ? null : value),
});

const PARAMS = {
  view: oneOf<CalendarView>(['month', 'week', 'agenda'], 'month'),
  scope: oneOf<CalendarScope>(['me', 'team', 'everyone'], 'me'),
  date: urlParam.string(''),
  kinds: urlParam.list(CALENDAR_KINDS),
};

const VIEWS = { month: MonthView, week: WeekView, agenda: AgendaView };

/** Where a drop lands: `day:2031-03-10` keeps the time of day, `slot:2031-03-10:9` takes that hour. */
function dropTarget(id: string, activity: CalendarActivity) {
  const [type, date, hour] = id.split(':');
  const day = dayjs(date);
  return sameTimeOn(activity, day, type === 'slot' ? Number(hour) : undefined);
}

/** /calendar: calls, meetings, events and to-dos by month, week or as an agenda; editors drag them to reschedule. */
export function CalendarPage() {
  const { canEdit } = useSession();
  const [state, setState] = useUrlState(PARAMS);
  const anchor = useMemo(() => (state.date && dayjs(state.date).isValid() ? dayjs(state.date) : dayjs()), [state.date]);
  const kinds = state.kinds.filter((kind): kind is ActivityKind => CALENDAR_KINDS.includes(kind as ActivityKind));
  const range = useMemo(() => viewRange(state.view, anchor), [state.view, anchor]);
  const { activities, truncated, loading, error, refetch } = useCalendarActivities(range, kinds, state.scope);
  const { reschedule, conflictDialogProps } = useRescheduleActivity();
  const [rescheduling, setRescheduling] = useState<CalendarActivity | null>(null);
  const [dragged, setDragged] = useState<CalendarActivity | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));

  const byDay = useMemo(() => {
    const map = new Map<string, CalendarActivity[]>();
    const sorted = activities
      .filter((activity) => kinds.includes(activity.kind) && whenOf(activity))
      .sort((a, b) => whenOf(a)!.valueOf() - whenOf(b)!.valueOf());
    for (const activity of sorted) {
      const key = whenOf(activity)!.format('YYYY-MM-DD');
      map.set(key, [...(map.get(key) ?? []), activity]);
    }
    return map;
  }, [activities, kinds]);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragged(null);
    const activity = (active.data.current as { activity?: CalendarActivity } | undefined)?.activity;
    if (!activity || !over) return;
    const when = dropTarget(String(over.id), activity);
    if (when.valueOf() !== whenOf(activity)?.valueOf()) void reschedule(activity, when);
  };

  const goTo = (date: dayjs.Dayjs | null) =>
    setState({ date: date && !date.isSame(dayjs(), 'day') ? date.format('YYYY-MM-DD') : '' });
  const View = VIEWS[state.view];
  const icsUrl = `/calendar.ics?${new URLSearchParams({ from: range.from.toISOString(), to: range.to.toISOString() })}`;

  return (
    <>
      <PageHeader
        title="Calendar"
        description={
          canEdit
            ? 'Calls, meetings, events and to-dos. Drag one to another day or hour, or use its reschedule button.'
            : 'Calls, meetings, events and to-dos.'
        }
        actions={
          <Button
            component="a"
            href={icsUrl}
            download="liaison.ics"
            variant="default"
            leftSection={<IconDownload size={18} aria-hidden />}
          >
            Download my .ics
          </Button>
        }
      />
      <Stack>
        <CalendarToolbar
          title={periodTitle(state.view, anchor)}
          view={state.view}
          scope={state.scope}
          kinds={kinds}
          onView={(view) => setState({ view })}
          onScope={(scope) => setState({ scope })}
          onKinds={(next) => setState({ kinds: next })}
          onStep={(direction) => goTo(step(state.view, anchor, direction))}
          onToday={() => goTo(null)}
        />
        {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
        {truncated && (
          <Alert color="yellow" title="Not all shown">
            More than 500 activities fall in this period: narrow the kinds or choose “Me”.
          </Alert>
        )}
        {loading ? (
          <Skeleton height={480} aria-hidden />
        ) : (
          <Paper withBorder p="xs" style={{ overflowX: 'auto' }}>
            <DndContext
              sensors={sensors}
              onDragStart={({ active }) =>
                setDragged((active.data.current as { activity?: CalendarActivity } | undefined)?.activity ?? null)
              }
              onDragCancel={() => setDragged(null)}
              onDragEnd={onDragEnd}
            >
              <View anchor={anchor} byDay={byDay} onReschedule={canEdit ? setRescheduling : undefined} />
              <DragOverlay>
                {dragged && (
                  <Paper withBorder shadow="md" px={4} py={2} radius="sm">
                    <CalendarItemFace activity={dragged} />
                  </Paper>
                )}
              </DragOverlay>
            </DndContext>
          </Paper>
        )}
      </Stack>
      <RescheduleDialog activity={rescheduling} onClose={() => setRescheduling(null)} onSave={reschedule} />
      <ConflictDialog {...conflictDialogProps} />
    </>
  );
}
