import { ModalsProvider } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { DeleteRecordButton } from '../components/DeleteRecordButton';
import { DELETE_MUTATIONS, RestoreOrganization } from '../hooks/recordMutations';

afterEach(() => notifications.clean());

const answer = (field: string, deletedAt: string | null) => ({
  data: { [field]: { __typename: 'Organization', id: 'org-1', version: 5, deletedAt } },
});

describe('DeleteRecordButton', () => {
  it('asks first, moves the record to the trash, and undoes it from the notification', async () => {
    const deleted = {
      request: { query: DELETE_MUTATIONS.ORGANIZATION, variables: { input: { id: 'org-1', version: 4 } } },
      result: answer('deleteOrganization', '2026-03-02T10:00:00.000Z'),
    };
    const restored = {
      request: { query: RestoreOrganization, variables: { input: { id: 'org-1' } } },
      result: answer('restoreOrganization', null),
    };
    const onDeleted = jest.fn();
    const { user } = renderWithProviders(
      <ModalsProvider>
        <DeleteRecordButton type="ORGANIZATION" id="org-1" name="CERN" version={4} onDeleted={onDeleted} />
      </ModalsProvider>,
      { mocks: [deleted, restored] },
    );

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete CERN?' });
    expect(dialog).toHaveTextContent('goes to the trash');
    await user.click(within(dialog).getByRole('button', { name: 'Delete organization' }));

    expect(await screen.findByText('CERN was moved to the trash')).toBeInTheDocument();
    expect(onDeleted).toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('CERN is back.')).toBeInTheDocument();
  });

  it('does nothing when the confirmation is cancelled', async () => {
    const onDeleted = jest.fn();
    const { user } = renderWithProviders(
      <ModalsProvider>
        <DeleteRecordButton type="ORGANIZATION" id="org-1" name="CERN" onDeleted={onDeleted} />
      </ModalsProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(onDeleted).not.toHaveBeenCalled();
  });
});
