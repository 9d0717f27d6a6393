import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { EDITOR_SESSION, renderWithProviders } from '../../../test/renderWithProviders';
import { CALENDAR_KINDS, viewRange, type CalendarScope, type CalendarView } from '../calendarRange';
import { CalendarActivitiesQuery, calendarFilter } from '../hooks/useCalendarActivities';
import { RescheduleActivityMutation } from '../hooks/useRescheduleActivity';
import { CalendarPage } from '../pages/CalendarPage';

const ANCHOR = dayjs('2031-03-12');
const at = (local: string) => dayjs(local).toISOString();

function activity(id: string, kind: string, subject: string, times: Record<string, string | null>, version = 1) {
  return {
    __typename: 'Activity',
    id,
    version,
    kind,
    subject,
    status: 'PLANNED',
    startsAt: null,
    endsAt: null,
    dueAt: null,
    location: null,
    ...times,
  };
}

const MEETING = activity('a-1', 'MEETING', 'Kick-off with CERN', {
  startsAt: at('2031-03-10T09:30'),
  endsAt: at('2031-03-10T11:00'),
});
const TODO = activity('a-2', 'TODO', 'Send the minutes', { dueAt: at('2031-03-12T17:00') }, 3);

function calendarMock(
  view: CalendarView,
  scope: CalendarScope = 'me',
  nodes = [MEETING, TODO],
  kinds = CALENDAR_KINDS,
) {
  return {
    request: {
      query: CalendarActivitiesQuery,
      variables: { filter: calendarFilter(viewRange(view, ANCHOR), kinds, scope) },
    },
    result: { data: { activities: { __typename: 'ActivityConnection', totalCount: nodes.length, nodes } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const render = (view: CalendarView, mocks: object[], session = EDITOR_SESSION) =>
  renderWithProviders(<CalendarPage />, {
    mocks: mocks as never,
    route: `/calendar?date=2031-03-12${view === 'month' ? '' : `&view=${view}`}`,
    session,
  });

describe('CalendarPage', () => {
  it('shows a month: each activity on its day, with its time, linked to its page', async () => {
    render('month', [calendarMock('month')]);
    const month = await screen.findByRole('table', { name: 'March 2031' });
    const link = await within(month).findByRole('link', { name: 'Kick-off with CERN' });
    expect(link).toHaveAttribute('href', '/activities/a-1');
    expect(link.closest('td')).toHaveAttribute('data-drop', 'day:2031-03-10');
    expect(within(link.closest('td')!).getByText('09:30')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Send the minutes' }).closest('td')).toHaveAttribute(
      'data-drop',
      'day:2031-03-12',
    );
    // Six weeks from the Monday before the 1st: 24 February to 6 April.
    expect(within(month).getAllByRole('cell')).toHaveLength(42);
    expect(screen.getByRole('link', { name: /Download my \.ics/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/calendar\.ics\?from=.+&to=.+/),
    );
  });

  it('shows a week by the hour and the month as an agenda', async () => {
    const { unmount } = render('week', [calendarMock('week')]);
    const week = await screen.findByRole('table', { name: 'Week of 10 March 2031' });
    const meeting = await within(week).findByRole('link', { name: 'Kick-off with CERN' });
    expect(meeting.closest('td')).toHaveAttribute('data-drop', 'slot:2031-03-10:9');
    expect(screen.getByRole('link', { name: 'Send the minutes' }).closest('td')).toHaveAttribute(
      'data-drop',
      'slot:2031-03-12:17',
    );
    expect(screen.getByRole('heading', { name: '10 – 16 March 2031' })).toBeInTheDocument();
    unmount();

    render('agenda', [calendarMock('agenda')]);
    const day = await screen.findByRole('list', { name: 'Monday 10 March 2031' });
    expect(within(day).getByRole('link', { name: 'Kick-off with CERN' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Wednesday 12 March 2031' })).getByRole('link', {
        name: 'Send the minutes',
      }),
    ).toBeInTheDocument();
  });

  it('asks for the activities of my team when told', async () => {
    const { user } = render('month', [calendarMock('month'), calendarMock('month', 'team', [MEETING])]);
    await screen.findByRole('link', { name: 'Send the minutes' });
    await user.click(screen.getByRole('radio', { name: 'My team' }));
    // The answer for the new filter arrives after the page has dropped the old one: wait for both.
    await waitFor(() => {
      expect(screen.queryByRole('link', { name: 'Send the minutes' })).not.toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Kick-off with CERN' })).toBeInTheDocument();
    });
  });

  it('asks only for the kinds left ticked', async () => {
    const withoutTodos = CALENDAR_KINDS.filter((kind) => kind !== 'TODO');
    const { user } = render('month', [calendarMock('month'), calendarMock('month', 'me', [MEETING], withoutTodos)]);
    await screen.findByRole('link', { name: 'Send the minutes' });
    await user.click(screen.getByRole('checkbox', { name: 'To-do' }));
    await waitFor(() => {
      expect(screen.queryByRole('link', { name: 'Send the minutes' })).not.toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Kick-off with CERN' })).toBeInTheDocument();
    });
    expect(screen.getByRole('checkbox', { name: 'To-do' })).not.toBeChecked();
  });

  it('reschedules from the keyboard: the meeting keeps its length, sent with the version shown', async () => {
    const moved = {
      request: {
        query: RescheduleActivityMutation,
        variables: {
          input: { id: 'a-1', version: 1, startsAt: at('2031-03-13T14:00'), endsAt: at('2031-03-13T15:30') },
        },
      },
      result: {
        data: {
          updateActivity: {
            __typename: 'Activity',
            id: 'a-1',
            version: 2,
            startsAt: at('2031-03-13T14:00'),
            endsAt: at('2031-03-13T15:30'),
            dueAt: null,
          },
        },
      },
    };
    const { user } = render('month', [calendarMock('month'), moved]);
    const button = await screen.findByRole('button', { name: 'Reschedule “Kick-off with CERN”' });
    button.focus();
    await user.keyboard('{Enter}');
    const input = await screen.findByLabelText(/New start/);
    expect(input).toHaveValue('10 Mar 2031, 09:30');
    fireEvent.change(input, { target: { value: '2031-03-13T14:00' } });
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Rescheduled')).toBeInTheDocument();
  });

  it('shows the conflict dialog when someone else changed it meanwhile', async () => {
    const stale = {
      request: {
        query: RescheduleActivityMutation,
        variables: { input: { id: 'a-2', version: 3, dueAt: at('2031-03-14T17:00') } },
      },
      result: {
        errors: [
          {
            message: 'Activity a-2 was changed by someone else',
            extensions: { code: 'CONFLICT', current: { id: 'a-2', version: 4, dueAt: at('2031-03-20T17:00') } },
          },
        ],
        data: null,
      },
    };
    const { user } = render('month', [calendarMock('month'), stale]);
    await user.click(await screen.findByRole('button', { name: 'Reschedule “Send the minutes”' }));
    const input = await screen.findByLabelText(/New due date/);
    fireEvent.change(input, { target: { value: '2031-03-14T17:00' } });
    await user.click(screen.getByRole('button', { name: 'Reschedule' }));
    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this meanwhile' });
    const due = within(dialog).getByRole('row', { name: /Due/ });
    expect(due).toHaveTextContent('20 Mar 2031, 17:00');
    expect(due).toHaveTextContent('14 Mar 2031, 17:00');
  });

  it('gives a viewer no way to reschedule', async () => {
    render('month', [calendarMock('month')], { ...EDITOR_SESSION, canEdit: false });
    await screen.findByRole('link', { name: 'Kick-off with CERN' });
    expect(screen.queryByRole('button', { name: /Reschedule/ })).not.toBeInTheDocument();
  });
});
