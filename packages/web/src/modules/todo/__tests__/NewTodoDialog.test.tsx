import { configure, screen, waitFor, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { CreateActivityMutation } from '../../activity/hooks/useCreateActivity';
import { RecordPickerQuery } from '../../activity/components/RecordPicker';
import { UserOptionsQuery } from '../../bulk/hooks/useUserOptions';
import { NewTodoDialog } from '../components/NewTodoDialog';

configure({ asyncUtilTimeout: 4000 });

const users = {
  request: { query: UserOptionsQuery },
  result: {
    data: {
      users: {
        __typename: 'UserConnection',
        nodes: [
          { __typename: 'User', id: 'user-1', name: 'Eddie Editor' },
          { __typename: 'User', id: 'user-2', name: 'Ada Admin' },
        ],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/** The "Concerning" picker, left empty here. */
const noRecords = {
  request: { query: RecordPickerQuery, variables: () => true },
  result: {
    data: {
      organizations: { __typename: 'OrganizationConnection', nodes: [] },
      contacts: { __typename: 'ContactConnection', nodes: [] },
      projects: { __typename: 'ProjectConnection', nodes: [] },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const created = {
  data: {
    createActivity: {
      __typename: 'Activity',
      id: 'a-9',
      version: 1,
      kind: 'TODO',
      subject: 'Send the slides',
      status: 'PLANNED',
      startsAt: null,
      endsAt: null,
      dueAt: '2026-12-10T08:00:00.000Z',
      location: null,
      visibility: 'TEAM',
      description: null,
      outcome: null,
      owner: { __typename: 'User', id: 'user-2', name: 'Ada Admin' },
    },
  },
};

describe('NewTodoDialog', () => {
  it('asks what is to be done, by when and by whom, and sends a planned to-do', async () => {
    const sent = jest.fn((_variables: Record<string, unknown>) => true);
    const onClose = jest.fn();
    const { user } = renderWithProviders(<NewTodoDialog opened onClose={onClose} />, {
      mocks: [users, noRecords, { request: { query: CreateActivityMutation, variables: sent }, result: created }],
    });
    const dialog = await screen.findByRole('dialog', { name: 'New to-do' });
    // Four fields (to-do, due, assignee, concerning), not the activity form's sixteen.
    expect(within(dialog).getAllByRole('textbox').length + within(dialog).getAllByRole('combobox').length).toBe(4);
    expect(within(dialog).getByRole('textbox', { name: 'Due' })).toHaveAttribute('placeholder', 'e.g. 5 Mar 2026');
    await user.click(within(dialog).getByRole('button', { name: 'Add to-do' }));
    expect(await within(dialog).findByText('Say what is to be done')).toBeInTheDocument();
    expect(sent).not.toHaveBeenCalled();

    await user.type(within(dialog).getByRole('textbox', { name: /To-do/ }), 'Send the slides');
    await user.type(within(dialog).getByLabelText('Due'), '2026-12-10');
    await user.click(within(dialog).getByRole('combobox', { name: 'Assignee' }));
    await user.click(await screen.findByRole('option', { name: 'Ada Admin', hidden: true }));
    await user.click(within(dialog).getByRole('button', { name: 'Add to-do' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(sent).toHaveBeenCalledWith({
      input: {
        kind: 'TODO',
        status: 'PLANNED',
        subject: 'Send the slides',
        dueAt: new Date('2026-12-10T09:00').toISOString(),
        ownerId: 'user-2',
      },
    });
    expect(await screen.findByText('Send the slides was added to the to-dos.')).toBeInTheDocument();
  });
});
