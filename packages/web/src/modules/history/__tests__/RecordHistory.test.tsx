import { ModalsProvider } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { RecordHistory, RecordHistoryQuery } from '../components/RecordHistory';
import { RevertChangeMutation } from '../hooks/useRevertChange';

const RECORD = 'org-1';
const ELI = '11111111-1111-4111-8111-111111111111';
const EDINBURGH = '22222222-2222-4222-8222-222222222222';
const SECRET = '33333333-3333-4333-8333-333333333333';
const PHYSICS = '44444444-4444-4444-8444-444444444444';
const EDDIE = { __typename: 'User' as const, id: 'user-1', name: 'Eddie Editor' };

const rename = (revertedBy: { __typename: 'Change'; id: string; at: string } | null) => ({
  __typename: 'Change' as const,
  id: 'change-2',
  action: 'UPDATE' as const,
  at: '2026-03-02T10:00:00.000Z',
  diff: { name: { before: 'CNR', after: 'CNRS' }, city: { before: null, after: 'Paris' } },
  actor: EDDIE,
  revertedBy,
  revertsChange: null,
  records: [],
});
const creation = {
  __typename: 'Change' as const,
  id: 'change-1',
  action: 'CREATE' as const,
  at: '2026-03-01T09:00:00.000Z',
  diff: { name: { before: null, after: 'CNR' } },
  actor: null,
  revertedBy: null,
  revertsChange: null,
  records: [],
};

const history = (nodes: unknown[]) => ({
  request: { query: RecordHistoryQuery, variables: { recordId: RECORD, first: 20 } },
  result: { data: { history: { __typename: 'ChangeConnection', totalCount: nodes.length, nodes } } },
});

afterEach(() => notifications.clean());

describe('RecordHistory', () => {
  it('shows who changed what, before and after, and reverts a change after confirming', async () => {
    const reverted = {
      request: { query: RevertChangeMutation, variables: { input: { changeId: 'change-2' } } },
      result: {
        data: {
          revertChange: {
            __typename: 'Change',
            id: 'change-3',
            action: 'REVERT',
            revertsChange: {
              __typename: 'Change',
              id: 'change-2',
              revertedBy: { __typename: 'Change', id: 'change-3' },
            },
          },
        },
      },
    };
    const revertedLater = { __typename: 'Change' as const, id: 'change-3', at: '2026-03-03T10:00:00.000Z' };
    const { user } = renderWithProviders(
      <ModalsProvider>
        <RecordHistory recordId={RECORD} />
      </ModalsProvider>,
      { mocks: [history([rename(null), creation]), reverted, history([rename(revertedLater), creation])] },
    );

    const fields = await screen.findByRole('table', { name: 'Changed fields' });
    const name = within(fields).getByRole('row', { name: /^Name/ });
    expect(
      within(name)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['CNR', 'CNRS']);
    expect(within(fields).getByRole('row', { name: /^City/ })).toHaveTextContent('—Paris');
    expect(screen.getByText('Changed: Name, City')).toBeInTheDocument();
    expect(screen.getByText(/Eddie Editor/)).toBeInTheDocument();
    expect(screen.getByText('Created')).toBeInTheDocument();
    expect(screen.getByText(/the system/)).toBeInTheDocument();
    // Only the update can be reverted here; a creation is undone by deleting the record.
    expect(screen.getAllByRole('button', { name: /^Revert/ })).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: /^Revert “Changed: Name, City” of/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Revert this change?' });
    expect(dialog).toHaveTextContent('by Eddie Editor will be undone');
    await user.click(within(dialog).getByRole('button', { name: 'Revert' }));

    expect(await screen.findByText('The change was reverted.')).toBeInTheDocument();
    expect(await screen.findByText('Reverted')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Revert “/ })).not.toBeInTheDocument();
  });

  it('reads links as sentences naming their records, never their ids, and offers to revert a revert', async () => {
    const affiliation = {
      __typename: 'Change' as const,
      id: 'change-5',
      action: 'LINK' as const,
      at: '2026-03-05T10:00:00.000Z',
      diff: {
        affiliation: {
          before: null,
          after: { id: 'aff-1', contactId: ELI, organizationId: EDINBURGH, role: 'PhD candidate', since: '2011-09-01' },
        },
      },
      actor: EDDIE,
      revertedBy: null,
      revertsChange: null,
      records: [
        { __typename: 'ChangeRecord' as const, id: ELI, title: 'Eli Farrell' },
        { __typename: 'ChangeRecord' as const, id: EDINBURGH, title: 'University of Edinburgh' },
      ],
    };
    const hiddenDocument = {
      ...affiliation,
      id: 'change-4',
      action: 'UNLINK' as const,
      diff: { documentLink: { before: { id: 'dl-1', documentId: SECRET, organizationId: EDINBURGH }, after: null } },
      records: [
        { __typename: 'ChangeRecord' as const, id: SECRET, title: null },
        { __typename: 'ChangeRecord' as const, id: EDINBURGH, title: 'University of Edinburgh' },
      ],
    };
    const revert = {
      ...rename(null),
      id: 'change-6',
      action: 'REVERT' as const,
      diff: { parentId: { before: PHYSICS, after: null } },
      records: [{ __typename: 'ChangeRecord' as const, id: PHYSICS, title: 'Physics Department' }],
    };
    renderWithProviders(
      <ModalsProvider>
        <RecordHistory recordId={RECORD} />
      </ModalsProvider>,
      { mocks: [history([revert, affiliation, hiddenDocument])] },
    );
    expect(
      await screen.findByText(
        'Affiliation added: Eli Farrell, PhD candidate at University of Edinburgh, since Sept 2011',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Document removed: “a hidden record” attached to University of Edinburgh'),
    ).toBeInTheDocument();
    expect(screen.getByText('Undone: part of cleared')).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Physics Department' })).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(screen.getByRole('button', { name: /^Revert “Undone: part of cleared” of/ })).toBeInTheDocument();
  });

  it('says why a change cannot be reverted when the server refuses it', async () => {
    const refused = {
      request: { query: RevertChangeMutation, variables: { input: { changeId: 'change-2' } } },
      result: { errors: [{ message: 'Changed since', extensions: { code: 'CONFLICT' } }], data: null },
    };
    const { user } = renderWithProviders(
      <ModalsProvider>
        <RecordHistory recordId={RECORD} />
      </ModalsProvider>,
      { mocks: [history([rename(null), creation]), refused] },
    );
    await user.click(await screen.findByRole('button', { name: /^Revert “Changed: Name, City” of/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Revert this change?' });
    await user.click(within(dialog).getByRole('button', { name: 'Revert' }));
    expect(await screen.findByText('This change cannot be reverted')).toBeInTheDocument();
    expect(screen.getByText(/changed again since, or it was already reverted/)).toBeInTheDocument();
  });

  it('says when there is no history yet', async () => {
    renderWithProviders(<RecordHistory recordId={RECORD} />, { mocks: [history([])] });
    expect(await screen.findByText('No changes recorded yet.')).toBeInTheDocument();
  });
});
