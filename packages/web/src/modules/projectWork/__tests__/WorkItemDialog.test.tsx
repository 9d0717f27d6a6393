import { screen, waitFor, within } from '@testing-library/react';
import {
  CreateMilestoneDocument,
  CreateProjectTaskDocument,
  UpdateMilestoneDocument,
  UpdateProjectTaskDocument,
} from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { userOptionsMock } from '../../project/__tests__/projectMocks';
import { WorkItemDialog } from '../components/WorkItemDialog';

const PROJECT = 'project-1';

function taskRecord(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'ProjectTask' as const,
    id: 'task-1',
    version: 2,
    title: 'Send the agenda',
    description: null,
    dueDate: '2026-03-01',
    status: 'OPEN' as const,
    assignee: { __typename: 'User' as const, id: 'user-1', name: 'Eddie Editor' },
    ...overrides,
  };
}

function milestoneRecord(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Milestone' as const,
    id: 'milestone-1',
    version: 4,
    title: 'First data release',
    description: null,
    dueDate: '2026-09-30',
    status: 'PLANNED' as const,
    reachedOn: null,
    ...overrides,
  };
}

const dialog = () => screen.getByRole('dialog');

describe('WorkItemDialog for a task', () => {
  it('asks what is to be done, not when; adds the task with its assignee and closes', async () => {
    const onClose = jest.fn();
    const created = {
      request: {
        query: CreateProjectTaskDocument,
        variables: {
          input: {
            projectId: PROJECT,
            title: 'Book the room',
            description: null,
            dueDate: null,
            status: 'OPEN',
            assigneeId: 'user-2',
          },
        },
      },
      result: { data: { createProjectTask: taskRecord({ id: 'task-2', version: 1, title: 'Book the room' }) } },
    };
    const { user } = renderWithProviders(<WorkItemDialog kind="task" opened onClose={onClose} projectId={PROJECT} />, {
      mocks: [userOptionsMock, created],
    });
    expect(screen.getByRole('dialog', { name: 'New task' })).toBeInTheDocument();
    expect(within(dialog()).queryByLabelText('Reached on')).not.toBeInTheDocument();

    await user.click(within(dialog()).getByRole('button', { name: 'Add task' }));
    expect(within(dialog()).getByRole('textbox', { name: /Title/ })).toHaveAccessibleDescription(
      'Say what is to be done',
    );
    expect(within(dialog()).getByLabelText('Due')).not.toHaveAttribute('aria-invalid', 'true');
    expect(onClose).not.toHaveBeenCalled();

    await user.type(within(dialog()).getByRole('textbox', { name: /Title/ }), 'Book the room');
    await user.click(within(dialog()).getByRole('combobox', { name: 'Assignee' }));
    await user.click(await screen.findByRole('option', { name: 'Ada Admin' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Add task' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('changes a task with the version it was edited from, and says a CONFLICT without closing', async () => {
    const onClose = jest.fn();
    const refused = {
      request: {
        query: UpdateProjectTaskDocument,
        variables: (variables: { input: Record<string, unknown> }) =>
          variables.input.id === 'task-1' &&
          variables.input.version === 2 &&
          variables.input.title === 'Send the agenda and the minutes' &&
          variables.input.assigneeId === 'user-1',
      },
      result: {
        errors: [{ message: 'Task changed since version 2', extensions: { code: 'CONFLICT' } }],
        data: null,
      },
    };
    const { user } = renderWithProviders(
      <WorkItemDialog kind="task" opened onClose={onClose} projectId={PROJECT} item={taskRecord()} />,
      { mocks: [userOptionsMock, refused] },
    );
    expect(screen.getByRole('dialog', { name: 'Change the task' })).toBeInTheDocument();
    expect(within(dialog()).getByRole('textbox', { name: /Title/ })).toHaveValue('Send the agenda');
    await user.type(within(dialog()).getByRole('textbox', { name: /Title/ }), ' and the minutes');
    await user.click(within(dialog()).getByRole('button', { name: 'Save' }));

    expect(await within(dialog()).findByRole('alert')).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });
});

describe('WorkItemDialog for a milestone', () => {
  it('asks what is to be reached and by when; adds the milestone and closes', async () => {
    const onClose = jest.fn();
    const created = {
      request: {
        query: CreateMilestoneDocument,
        variables: {
          input: {
            projectId: PROJECT,
            title: 'First data release',
            description: null,
            dueDate: '2026-09-30',
            status: 'PLANNED',
            reachedOn: null,
          },
        },
      },
      result: { data: { createMilestone: milestoneRecord({ version: 1 }) } },
    };
    const { user } = renderWithProviders(
      <WorkItemDialog kind="milestone" opened onClose={onClose} projectId={PROJECT} />,
      { mocks: [userOptionsMock, created] },
    );
    expect(screen.getByRole('dialog', { name: 'New milestone' })).toBeInTheDocument();
    expect(within(dialog()).queryByRole('combobox', { name: 'Assignee' })).not.toBeInTheDocument();

    await user.click(within(dialog()).getByRole('button', { name: 'Add milestone' }));
    expect(within(dialog()).getByRole('textbox', { name: /Title/ })).toHaveAccessibleDescription(
      'Say what is to be reached',
    );
    expect(within(dialog()).getByLabelText(/Due/)).toHaveAccessibleDescription('Give the date it is due');

    await user.type(within(dialog()).getByRole('textbox', { name: /Title/ }), 'First data release');
    await user.type(within(dialog()).getByLabelText(/Due/), '2026-09-30');
    await user.click(within(dialog()).getByRole('button', { name: 'Add milestone' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('changes a milestone with the version it was edited from, with the day it was reached', async () => {
    const onClose = jest.fn();
    const updated = {
      request: {
        query: UpdateMilestoneDocument,
        variables: {
          input: {
            id: 'milestone-1',
            version: 4,
            title: 'First data release',
            description: null,
            dueDate: '2026-09-30',
            status: 'PLANNED',
            reachedOn: '2026-09-28',
          },
        },
      },
      result: { data: { updateMilestone: milestoneRecord({ version: 5, reachedOn: '2026-09-28' }) } },
    };
    const { user } = renderWithProviders(
      <WorkItemDialog kind="milestone" opened onClose={onClose} projectId={PROJECT} item={milestoneRecord()} />,
      { mocks: [userOptionsMock, updated] },
    );
    expect(screen.getByRole('dialog', { name: 'Change the milestone' })).toBeInTheDocument();
    await user.type(within(dialog()).getByLabelText('Reached on'), '2026-09-28');
    await user.click(within(dialog()).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });
});
