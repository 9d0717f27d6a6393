import { ModalsProvider } from '@mantine/modals';
import { screen, waitFor, within } from '@testing-library/react';
import { EDITOR_SESSION, renderWithProviders } from '../../../test/renderWithProviders';
import { EraseContactDialog } from '../components/EraseContactDialog';
import { personalDataFileName } from '../components/personalDataFile';
import { PrivacyPage } from '../pages/PrivacyPage';
import { EraseContactMutation, PrivacyRequestsQuery } from '../privacyOperations';

const ADMIN_SESSION = {
  ...EDITOR_SESSION,
  user: { ...EDITOR_SESSION.user, role: 'ADMIN' as const },
  isAdmin: true,
};
const log = {
  request: { query: PrivacyRequestsQuery },
  result: {
    data: {
      privacyRequests: {
        __typename: 'PrivacyRequestConnection',
        totalCount: 1,
        nodes: [
          {
            __typename: 'PrivacyRequest',
            id: 'r-1',
            at: '2026-12-01T09:30:00.000Z',
            kind: 'EXPORT',
            summary: '1 affiliation, 0 projects, 2 activities, 0 documents, 0 tags, 3 history entries',
            contact: { __typename: 'Contact', id: 'c-1', name: 'Jana Novak', erasedAt: null },
            requestedBy: { __typename: 'User', id: 'a-1', name: 'Ada Admin' },
          },
        ],
      },
    },
  },
};

describe('PrivacyPage', () => {
  it('shows an editor no control, only who to ask', () => {
    renderWithProviders(<PrivacyPage />);
    expect(screen.getByText(/carried out by an admin/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Export|Erase/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('lists the requests carried out to an admin, with disabled actions until a person is chosen', async () => {
    renderWithProviders(<PrivacyPage />, { session: ADMIN_SESSION, mocks: [log] });
    const table = await screen.findByRole('table', { name: 'Privacy requests carried out' });
    const row = within(table).getAllByRole('row')[1];
    expect(within(row).getByText('Export')).toBeInTheDocument();
    expect(within(row).getByText('Jana Novak')).toBeInTheDocument();
    expect(within(row).getByText('Ada Admin')).toBeInTheDocument();
    expect(within(row).getByText(/2 activities/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export their data' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Erase this person…' })).toBeDisabled();
  });
});

describe('EraseContactDialog', () => {
  it('erases only once the name is typed exactly, and hands back the report', async () => {
    const onErased = jest.fn();
    const erasure = {
      __typename: 'ContactErasure',
      contact: {
        __typename: 'Contact',
        id: 'c-1',
        name: 'Erased contact',
        erasedAt: '2026-12-04T10:00:00.000Z',
        deletedAt: '2026-12-04T10:00:00.000Z',
        version: 5,
      },
      redacted: [{ __typename: 'RedactedRecord', recordType: 'Activity', recordId: 'a-1', fields: ['description'] }],
      filesToReview: [],
    };
    const { user } = renderWithProviders(
      <ModalsProvider>
        <EraseContactDialog contact={{ id: 'c-1', name: 'Jana Novak' }} onClose={() => {}} onErased={onErased} />
      </ModalsProvider>,
      {
        session: ADMIN_SESSION,
        mocks: [
          {
            request: { query: EraseContactMutation, variables: { input: { contactId: 'c-1' } } },
            result: { data: { eraseContact: erasure } },
          },
          log,
        ],
      },
    );
    const dialog = await screen.findByRole('dialog', { name: 'Erase Jana Novak?' });
    const erase = within(dialog).getByRole('button', { name: 'Erase permanently' });
    expect(erase).toBeDisabled();
    const input = within(dialog).getByRole('textbox', { name: 'Name of the person to erase' });
    await user.type(input, 'Jana Nova');
    expect(erase).toBeDisabled();
    await user.type(input, 'k');
    expect(erase).toBeEnabled();
    await user.click(erase);
    await waitFor(() => expect(onErased).toHaveBeenCalledWith(erasure));
  });
});

describe('personalDataFileName', () => {
  it('names the file after the person, without accents, and the day', () => {
    expect(personalDataFileName('Jana Nováková', new Date('2026-12-04T10:00:00Z'))).toBe(
      'personal-data-jana-novakova-2026-12-04.json',
    );
    expect(personalDataFileName('  ', new Date('2026-12-04T10:00:00Z'))).toBe('personal-data-contact-2026-12-04.json');
  });
});
