import { screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../../../test/renderWithProviders';
import type { CreateActivityInput } from '../../../generated/graphql';
import { CreateActivityMutation } from '../hooks/useCreateActivity';
import { UpdateActivityMutation } from '../hooks/useUpdateActivity';
import { ActivityCreatePage } from '../pages/ActivityCreatePage';
import { ActivityEditPage, ActivityEditQuery } from '../pages/ActivityEditPage';
import { activityDetails, activityRecord, recordPickerMock, userOptionsMock } from './activityMocks';

type User = ReturnType<typeof renderWithProviders>['user'];

async function fillIn(user: User) {
  await user.click(screen.getByRole('combobox', { name: /Kind/ }));
  await user.click(await screen.findByRole('option', { name: 'Meeting' }));
  await user.type(screen.getByRole('textbox', { name: /Subject/ }), 'Visit of the lab');
}

const isTheMeeting = (input: CreateActivityInput) =>
  input.kind === 'MEETING' && input.subject === 'Visit of the lab' && input.status === 'PLANNED';

describe('ActivityForm (new activity)', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('asks for the kind and subject before sending anything', async () => {
    const { user } = renderWithProviders(<ActivityCreatePage />, { mocks: [userOptionsMock, recordPickerMock] });
    await user.click(screen.getByRole('button', { name: 'Create activity' }));
    expect(screen.getByRole('textbox', { name: /Subject/ })).toHaveAccessibleDescription(
      'Say in one line what it is about',
    );
    expect(screen.getByRole('combobox', { name: /Kind/ })).toHaveAccessibleDescription(
      'Choose what sort of activity it is',
    );
  });

  it('shows the messages of a BAD_USER_INPUT answer beside their fields', async () => {
    const refused = {
      request: {
        query: CreateActivityMutation,
        variables: (variables: { input: CreateActivityInput }) => isTheMeeting(variables.input),
      },
      result: {
        errors: [
          {
            message: 'The input is not valid',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: { location: ['location must be shorter than 500 characters'] },
            },
          },
        ],
        data: null,
      },
    };
    const { user } = renderWithProviders(<ActivityCreatePage />, {
      mocks: [userOptionsMock, recordPickerMock, refused],
    });
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Create activity' }));

    const location = screen.getByRole('textbox', { name: 'Location' });
    await waitFor(() => expect(location).toHaveAttribute('aria-invalid', 'true'));
    expect(location).toHaveAccessibleDescription(/Must be shorter than 500 characters/);
    expect(screen.getByRole('alert')).toHaveTextContent('Location: must be shorter than 500 characters');
  });

  it('creates the activity with the record it concerns, forgets the draft and opens its page', async () => {
    const accepted = {
      request: {
        query: CreateActivityMutation,
        variables: (variables: { input: CreateActivityInput }) =>
          isTheMeeting(variables.input) &&
          JSON.stringify(variables.input.concerns) === JSON.stringify({ organizationIds: ['org-1'] }),
      },
      result: {
        data: { createActivity: activityRecord('act-1', { kind: 'MEETING', subject: 'Visit of the lab' }) },
      },
    };
    const { user } = renderWithProviders(<ActivityCreatePage />, {
      mocks: [userOptionsMock, recordPickerMock, accepted],
      route: '/activities/new',
      path: '/activities/new',
    });
    await fillIn(user);
    await user.click(screen.getByRole('combobox', { name: 'Add a record it concerns' }));
    await user.click(await screen.findByRole('option', { name: 'CERN' }));
    expect(screen.getByRole('list', { name: 'Concerns' })).toHaveTextContent('Organization: CERN');

    await user.click(screen.getByRole('button', { name: 'Create activity' }));
    expect(await screen.findByText('Elsewhere')).toBeInTheDocument();
    expect(window.sessionStorage.getItem('liaison:draft:activity:new')).toBeNull();
  });
});

describe('ActivityEditPage', () => {
  const ID = 'act-9';
  const editQuery = (version: number, subject: string) => ({
    request: { query: ActivityEditQuery, variables: { id: ID } },
    result: { data: { activity: activityRecord(ID, { version, subject }) } },
  });
  const update = (version: number) => ({
    request: {
      query: UpdateActivityMutation,
      variables: (variables: { input: { version: number; subject: string } }) =>
        variables.input.version === version && variables.input.subject === 'Call about the grant',
    },
  });

  beforeEach(() => window.sessionStorage.clear());

  it('sends the version it edits; on CONFLICT shows theirs beside mine and re-applies my edits on the latest', async () => {
    const mocks = [
      userOptionsMock,
      editQuery(3, 'Call with CERN'),
      {
        ...update(3),
        result: {
          errors: [{ message: 'Activity changed since version 3', extensions: { code: 'CONFLICT' } }],
          data: null,
        },
      },
      editQuery(4, 'Call with CERN (rescheduled)'),
      {
        ...update(4),
        result: { data: { updateActivity: activityDetails(ID, { version: 5, subject: 'Call about the grant' }) } },
      },
    ];
    const { user } = renderWithProviders(<ActivityEditPage />, {
      mocks,
      route: `/activities/${ID}/edit`,
      path: '/activities/:id/edit',
    });
    const subject = await screen.findByRole('textbox', { name: /Subject/ });
    expect(subject).toHaveValue('Call with CERN');
    await user.clear(subject);
    await user.type(subject, 'Call about the grant');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this meanwhile' });
    expect(dialog).toHaveTextContent('Call with CERN (rescheduled)');
    expect(dialog).toHaveTextContent('Call about the grant');
    await user.click(screen.getByRole('button', { name: 'Re-apply my edits' }));
    expect(await screen.findByText('Elsewhere', {}, { timeout: 5000 })).toBeInTheDocument();
  });
});
