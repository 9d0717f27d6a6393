import { act, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { EDITOR_SESSION, renderWithProviders } from '../../../test/renderWithProviders';
import { SetActivityStatusMutation } from '../../activity/hooks/useSetActivityStatus';
import { MyTodosQuery, TodoPage } from '../pages/TodoPage';

const concerns = {
  __typename: 'ActivityConcerns',
  organizations: [{ __typename: 'Organization', id: 'org-1', name: 'CERN' }],
  contacts: [],
  projects: [],
};

function todo(id: string, subject: string, dueAt: string | null, version = 1) {
  return {
    __typename: 'Activity',
    id,
    version,
    kind: 'TODO',
    subject,
    status: 'PLANNED',
    dueAt,
    startsAt: null,
    concerns,
  };
}

const todosMock = {
  request: { query: MyTodosQuery },
  result: {
    data: {
      activities: {
        __typename: 'ActivityConnection',
        totalCount: 3,
        nodes: [
          todo('t-next', 'Send the report', dayjs().add(2, 'day').toISOString()),
          todo('t-late', 'Call back Ada', dayjs().subtract(1, 'day').toISOString(), 4),
          todo('t-older', 'Book the room', dayjs().subtract(3, 'day').toISOString()),
        ],
      },
    },
  },
};

describe('TodoPage', () => {
  it('lists overdue to-dos first, oldest first, then the coming ones, each with what it concerns', async () => {
    renderWithProviders(<TodoPage />, { mocks: [todosMock] });
    const overdue = await screen.findByRole('list', { name: 'Overdue' });
    expect(
      within(overdue)
        .getAllByRole('link', { name: /Call back Ada|Book the room/ })
        .map((a) => a.textContent),
    ).toEqual(['Book the room', 'Call back Ada']);
    expect(within(overdue).getAllByText(/Was due/)).toHaveLength(2);
    const coming = screen.getByRole('list', { name: 'Coming up' });
    expect(within(coming).getByRole('link', { name: 'Send the report' })).toHaveAttribute('href', '/activities/t-next');
    expect(within(coming).getByRole('link', { name: 'CERN' })).toHaveAttribute('href', '/organizations/org-1');
  });

  it('marks a to-do done in one click, at once, with the version it shows', async () => {
    const done = {
      request: {
        query: SetActivityStatusMutation,
        variables: { input: { id: 't-late', version: 4, status: 'DONE' } },
      },
      result: { data: { updateActivity: { __typename: 'Activity', id: 't-late', version: 5, status: 'DONE' } } },
      // The server is slow: what shows before it answers is the optimistic answer.
      delay: 400,
    };
    const { user } = renderWithProviders(<TodoPage />, { mocks: [todosMock, done] });
    const box = await screen.findByRole('checkbox', { name: 'Mark “Call back Ada” done' });
    await user.click(box);
    expect(box).toBeChecked();
    expect(screen.getByText('Done')).toBeInTheDocument();
    // Once the server has answered (a refusal or other variables would undo the tick), it stays done.
    await act(() => new Promise((resolve) => setTimeout(resolve, 600)));
    expect(screen.getByRole('checkbox', { name: 'Mark “Call back Ada” done' })).toBeChecked();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('puts the tick back when the server refuses', async () => {
    const refused = {
      request: { query: SetActivityStatusMutation, variables: () => true },
      result: {
        errors: [{ message: 'Activity changed since version 4', extensions: { code: 'CONFLICT' } }],
        data: null,
      },
    };
    const { user } = renderWithProviders(<TodoPage />, { mocks: [todosMock, refused] });
    const box = await screen.findByRole('checkbox', { name: 'Mark “Call back Ada” done' });
    await user.click(box);
    expect(await screen.findByText('Someone else changed this meanwhile')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Mark “Call back Ada” done' })).not.toBeChecked());
  });

  it('offers no tick box to a viewer', async () => {
    renderWithProviders(<TodoPage />, {
      mocks: [todosMock],
      session: { ...EDITOR_SESSION, canEdit: false, user: { ...EDITOR_SESSION.user, role: 'VIEWER' } },
    });
    await screen.findByRole('list', { name: 'Overdue' });
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New to-do' })).not.toBeInTheDocument();
  });
});
