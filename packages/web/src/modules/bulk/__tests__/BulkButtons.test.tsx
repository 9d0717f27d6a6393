import type { MockLink } from '@apollo/client/testing';
import { configure, screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { TagOptionsQuery } from '../../tag/hooks/useTagOptions';
import { BulkReassignOwnerButton } from '../components/BulkReassignOwnerButton';
import { BulkTagButton } from '../components/BulkTagButton';
import { BulkTagMutation } from '../hooks/useBulkTag';
import { ReassignOwnerMutation } from '../hooks/useReassignOwner';
import { UserOptionsQuery } from '../hooks/useUserOptions';

// The machines that run these tests can be slow: give answers and transitions time.
configure({ asyncUtilTimeout: 4000 });

const tagOptions: MockLink.MockedResponse = {
  request: { query: TagOptionsQuery },
  result: {
    data: {
      tags: {
        __typename: 'TagConnection',
        nodes: [
          { __typename: 'Tag', id: 'tag-1', label: 'Partner' },
          { __typename: 'Tag', id: 'tag-2', label: 'Prospect' },
        ],
      },
    },
  },
};

const userOptions: MockLink.MockedResponse = {
  request: { query: UserOptionsQuery },
  result: {
    data: {
      users: {
        __typename: 'UserConnection',
        nodes: [
          { __typename: 'User', id: 'user-1', name: 'Eddie Editor' },
          { __typename: 'User', id: 'user-2', name: 'Olga Owner' },
        ],
      },
    },
  },
};

describe('BulkTagButton', () => {
  it('puts each chosen tag on the selected records, tells how many, then hands back', async () => {
    const tagged = (tagId: string, label: string, count: number): MockLink.MockedResponse => ({
      request: { query: BulkTagMutation, variables: { input: { organizationIds: ['org-1', 'org-2'], tagId } } },
      result: {
        data: { tagRecords: { __typename: 'TaggingResult', count, tag: { __typename: 'Tag', id: tagId, label } } },
      },
    });
    const onDone = jest.fn();
    const { user } = renderWithProviders(
      <BulkTagButton selection={{ organizationIds: ['org-1', 'org-2'] }} onDone={onDone} />,
      { mocks: [tagOptions, tagged('tag-1', 'Partner', 2), tagged('tag-2', 'Prospect', 1)] },
    );
    await user.click(screen.getByRole('button', { name: 'Tags…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tag 2 organizations' });
    expect(dialog).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add tags' })).toBeDisabled();

    await user.click(screen.getByRole('combobox', { name: 'Tags' }));
    await user.click(await screen.findByRole('option', { name: 'Partner' }));
    await user.click(await screen.findByRole('option', { name: 'Prospect' }));
    await user.click(screen.getByRole('button', { name: 'Add tags' }));

    expect(await screen.findByText('Added 2 tags to 2 organizations (3 new).')).toBeInTheDocument();
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('keeps the dialog open with the reason when the server refuses', async () => {
    const refused: MockLink.MockedResponse = {
      request: { query: BulkTagMutation, variables: { input: { contactIds: ['c-1'], tagId: 'tag-1' } } },
      result: { errors: [{ message: 'You may not change these records', extensions: { code: 'FORBIDDEN' } }] },
    };
    const onDone = jest.fn();
    const { user } = renderWithProviders(<BulkTagButton selection={{ contactIds: ['c-1'] }} onDone={onDone} />, {
      mocks: [tagOptions, refused],
    });
    await user.click(screen.getByRole('button', { name: 'Tags…' }));
    expect(await screen.findByRole('dialog', { name: 'Tag 1 contact' })).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Tags' }));
    await user.click(await screen.findByRole('option', { name: 'Partner' }));
    await user.click(screen.getByRole('button', { name: 'Add tags' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(onDone).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });
});

describe('BulkReassignOwnerButton', () => {
  it('gives the selected records to the chosen user', async () => {
    const reassigned: MockLink.MockedResponse = {
      request: {
        query: ReassignOwnerMutation,
        variables: { input: { contactIds: ['c-1', 'c-2', 'c-3'], ownerId: 'user-2' } },
      },
      result: { data: { reassignOwner: 3 } },
    };
    const onDone = jest.fn();
    const { user } = renderWithProviders(
      <BulkReassignOwnerButton selection={{ contactIds: ['c-1', 'c-2', 'c-3'] }} onDone={onDone} />,
      { mocks: [userOptions, reassigned] },
    );
    await user.click(screen.getByRole('button', { name: 'Change owner…' }));
    expect(await screen.findByRole('dialog', { name: 'Change the owner of 3 contacts' })).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'New owner' }));
    await user.click(await screen.findByRole('option', { name: 'Olga Owner' }));
    await user.click(screen.getByRole('button', { name: 'Change owner' }));

    expect(await screen.findByText('3 contacts changed owner.')).toBeInTheDocument();
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
  });
});
