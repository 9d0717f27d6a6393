import { act, waitFor } from '@testing-library/react';
import { LiveUpdatesContext } from '../../../app/live/LiveUpdatesContext';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { useLiveRecord } from '../hooks/useLiveRecord';
import { useLiveTimeline } from '../hooks/useLiveTimeline';
import { RecordChangesSubscriptionDocument, TimelineChangesSubscriptionDocument } from '../hooks/useRecordChanges';

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

function LiveTimeline({ refetch }: { refetch: () => void }) {
  useLiveTimeline(ID, refetch);
  return <p>Timeline</p>;
}

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

  it('reloads a timeline when an activity linked to its record changes', async () => {
    const refetch = jest.fn();
    const activityChanged = changed('5a0f5a54-7f1b-4bb4-9a57-2f7f0c7f8a03', 20);
    renderWithProviders(
      <LiveUpdatesContext.Provider value={{ onReconnected: () => () => {} }}>
        <LiveTimeline refetch={refetch} />
      </LiveUpdatesContext.Provider>,
      {
        mocks: [
          {
            request: { query: TimelineChangesSubscriptionDocument, variables: { recordId: ID } },
            delay: 20,
            result: {
              data: {
                timelineChanged: {
                  ...activityChanged.result.data.recordChanged,
                  kind: 'ACTIVITY',
                  recordId: '9e4a1c2b-0d3f-4b5a-8c6d-7e8f9a0b1c2d',
                },
              },
            },
          },
        ],
      },
    );
    await waitFor(() => expect(refetch).toHaveBeenCalledTimes(1));
  });
});
