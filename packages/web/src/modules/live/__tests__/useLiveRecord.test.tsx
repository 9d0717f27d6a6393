import { act, waitFor } from '@testing-library/react';
import { LiveUpdatesContext } from '../../../app/live/LiveUpdatesContext';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { useLiveRecord } from '../hooks/useLiveRecord';
import { RecordChangesSubscriptionDocument } from '../hooks/useRecordChanges';

const ID = '3b1f5d0e-2c4a-4f7e-8a55-6d2f1e0c9b77';

const changed = (changeId: string, delay: number) => ({
  request: { query: RecordChangesSubscriptionDocument, variables: { ids: [ID] } },
  delay,
  result: {
    data: {
      recordChanged: {
        __typename: 'RecordChange',
        changeId,
        kind: 'CONTACT',
        recordId: ID,
        action: 'UPDATE',
        at: '2026-03-02T10:42:00.000Z',
        actor: { __typename: 'User', id: 'user-2', name: 'Ada Author' },
      },
    },
  },
});

function LivePage({ refetch }: { refetch: () => void }) {
  useLiveRecord(ID, refetch);
  return <p>Contact</p>;
}

describe('useLiveRecord', () => {
  it('reloads the page’s record once its record has changed, and again when the connection comes back', async () => {
    const reconnected = new Set<() => void>();
    const live = {
      onReconnected: (listener: () => void) => {
        reconnected.add(listener);
        return () => reconnected.delete(listener);
      },
    };
    const refetch = jest.fn();
    renderWithProviders(
      <LiveUpdatesContext.Provider value={live}>
        <LivePage refetch={refetch} />
      </LiveUpdatesContext.Provider>,
      { mocks: [changed('5a0f5a54-7f1b-4bb4-9a57-2f7f0c7f8a01', 20)] },
    );
    await waitFor(() => expect(refetch).toHaveBeenCalledTimes(1));

    act(() => reconnected.forEach((listener) => listener()));
    await waitFor(() => expect(refetch).toHaveBeenCalledTimes(2));
  });

  it('does nothing without a live connection', async () => {
    const refetch = jest.fn();
    renderWithProviders(<LivePage refetch={refetch} />, {
      mocks: [changed('5a0f5a54-7f1b-4bb4-9a57-2f7f0c7f8a02', 0)],
    });
    await act(() => new Promise((resolve) => setTimeout(resolve, 600)));
    expect(refetch).not.toHaveBeenCalled();
  });
});
