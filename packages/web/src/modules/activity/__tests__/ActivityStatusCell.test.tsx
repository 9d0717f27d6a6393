import { screen, waitFor, within } from '@testing-library/react';
import { EDITOR_SESSION, renderWithProviders } from '../../../test/renderWithProviders';
import { ActivityStatusCell, ActivityStatusNowQuery } from '../components/ActivityStatusCell';
import { SetActivityStatusMutation } from '../hooks/useSetActivityStatus';

const CALL = { id: 'act-1', version: 3, status: 'PLANNED' as const, subject: 'Call with CERN' };

const saved = (version: number, status: string, result: Record<string, unknown> | (() => Record<string, unknown>)) => ({
  request: { query: SetActivityStatusMutation, variables: { input: { id: 'act-1', version, status } } },
  result,
});
const done = (version: number) => ({
  data: { updateActivity: { __typename: 'Activity', id: 'act-1', version, status: 'DONE' } },
});
const CONFLICT = {
  errors: [{ message: 'Activity act-1 was changed by someone else', extensions: { code: 'CONFLICT' } }],
  data: null,
};
const now = (version: number, status: string) => ({
  request: { query: ActivityStatusNowQuery, variables: { id: 'act-1' } },
  result: { data: { activity: { __typename: 'Activity', id: 'act-1', version, status } } },
});

async function chooseDone(user: ReturnType<typeof renderWithProviders>['user']) {
  const select = screen.getByRole('combobox', { name: 'Status of Call with CERN' });
  await user.click(select);
  await user.click(await screen.findByRole('option', { name: 'Done', hidden: true }));
}

describe('ActivityStatusCell', () => {
  it('marks the activity done on the version the row shows', async () => {
    const answer = jest.fn(() => done(4));
    const { user } = renderWithProviders(<ActivityStatusCell activity={CALL} />, { mocks: [saved(3, 'DONE', answer)] });
    await chooseDone(user);
    await waitFor(() => expect(answer).toHaveBeenCalled());
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Status of Call with CERN' })).toBeEnabled());
    expect(screen.queryByRole('button', { name: /Not saved/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('on a conflict compares their status with the choice, and re-applies it on their version', async () => {
    const reapplied = jest.fn(() => done(6));
    const { user } = renderWithProviders(<ActivityStatusCell activity={CALL} />, {
      mocks: [saved(3, 'DONE', CONFLICT), now(5, 'CANCELLED'), saved(5, 'DONE', reapplied)],
    });
    await chooseDone(user);
    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this meanwhile' });
    const row = within(dialog).getByRole('row', { name: /Status/ });
    expect(row).toHaveTextContent('Planned'); // when the user started
    expect(row).toHaveTextContent('Cancelled'); // theirs
    expect(row).toHaveTextContent('Done'); // the user's
    // Until then the choice waits, marked in the row.
    expect(screen.getByRole('button', { name: 'Not saved: review the status of Call with CERN' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Re-apply my edits' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: /Not saved/ })).not.toBeInTheDocument());
    expect(reapplied).toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('says why when the server refuses for another reason', async () => {
    const refused = {
      errors: [{ message: 'Not allowed', extensions: { code: 'FORBIDDEN' } }],
      data: null,
    };
    const { user } = renderWithProviders(<ActivityStatusCell activity={CALL} />, {
      mocks: [saved(3, 'DONE', refused)],
    });
    await chooseDone(user);
    expect(await screen.findByText('Not allowed')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('shows viewers the status only', () => {
    renderWithProviders(<ActivityStatusCell activity={CALL} />, {
      session: { ...EDITOR_SESSION, canEdit: false, user: { ...EDITOR_SESSION.user, role: 'VIEWER' } },
    });
    expect(screen.getByText('Planned')).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });
});
