import { act, screen } from '@testing-library/react';
import { LiveUpdatesContext } from '../../../app/live/LiveUpdatesContext';
import { EDITOR_SESSION, renderWithProviders } from '../../../test/renderWithProviders';
import { SavedElsewhereAlert } from '../components/SavedElsewhereAlert';
import { RecordChangesSubscriptionDocument } from '../hooks/useRecordChanges';

const ID = '0c6f3f0e-8f7e-4d53-9d8e-4a3f0b7c2d11';
const live = { onReconnected: () => () => {} };

const change = (action: string, actor: { id: string; name: string }) => ({
  request: { query: RecordChangesSubscriptionDocument, variables: { ids: [ID] } },
  result: {
    data: {
      recordChanged: {
        __typename: 'RecordChange',
        changeId: '5a0f5a54-7f1b-4bb4-9a57-2f7f0c7f8a01',
        kind: 'ORGANIZATION',
        recordId: ID,
        action,
        at: '2026-03-02T10:42:00.000Z',
        actor: { __typename: 'User', ...actor },
      },
    },
  },
});

const renderAlert = (mocks: ReturnType<typeof change>[]) =>
  renderWithProviders(
    <LiveUpdatesContext.Provider value={live}>
      <SavedElsewhereAlert recordId={ID} label="organization" />
    </LiveUpdatesContext.Provider>,
    { mocks },
  );

describe('SavedElsewhereAlert', () => {
  it('tells the person editing that someone else saved the record, and who', async () => {
    renderAlert([change('UPDATE', { id: 'user-2', name: 'Ada Author' })]);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Ada Author saved this organization at/);
    expect(alert).toHaveTextContent('you will see both versions side by side');
  });

  it('says nothing of the person’s own save', async () => {
    renderAlert([change('UPDATE', { id: EDITOR_SESSION.user.id, name: EDITOR_SESSION.user.name })]);
    await act(() => new Promise((resolve) => setTimeout(resolve, 600)));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('does not count a link as a save', async () => {
    renderAlert([change('LINK', { id: 'user-2', name: 'Ada Author' })]);
    await act(() => new Promise((resolve) => setTimeout(resolve, 600)));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
