import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { RecordTimeline, RecordTimelineQuery, TIMELINE_PAGE_SIZE } from '../components/RecordTimeline';

const ORG = 'org-1';

const activityItem = {
  __typename: 'TimelineItem',
  kind: 'ACTIVITY',
  at: '2026-02-03T10:00:00.000Z',
  activity: {
    __typename: 'Activity',
    id: 'act-1',
    kind: 'CALL',
    subject: 'Call with CERN',
    status: 'DONE',
    startsAt: '2026-02-03T10:00:00.000Z',
    dueAt: null,
    description: null,
    outcome: null,
    owner: { __typename: 'User', id: 'user-1', name: 'Eddie Editor' },
  },
  document: null,
  change: null,
  via: null,
};
const documentItem = {
  __typename: 'TimelineItem',
  kind: 'DOCUMENT',
  at: '2026-02-02T10:00:00.000Z',
  activity: null,
  document: { __typename: 'Document', id: 'doc-1', title: 'Visit report', kind: 'REPORT' },
  change: null,
  via: null,
};
const changeItem = {
  __typename: 'TimelineItem',
  kind: 'CHANGE',
  at: '2026-02-01T10:00:00.000Z',
  activity: null,
  document: null,
  change: {
    __typename: 'Change',
    id: 'change-1',
    action: 'UPDATE',
    diff: { city: { before: 'Genève', after: 'Meyrin' } },
    actor: { __typename: 'User', id: 'user-2', name: 'Ada Admin' },
    records: [],
  },
  via: null,
};

const callViaAda = {
  ...activityItem,
  activity: {
    ...activityItem.activity,
    id: 'act-2',
    subject: 'Call with Ada',
    description: 'Talked about the engine',
    outcome: 'She sends her notes',
  },
  via: { __typename: 'TimelineVia', type: 'Contact', id: 'contact-ada', title: 'Ada Lovelace' },
};
const affiliationItem = {
  ...changeItem,
  kind: 'LINK',
  change: {
    ...changeItem.change,
    id: 'change-2',
    action: 'LINK',
    diff: {
      affiliation: {
        before: null,
        after: {
          id: 'aff-1',
          contactId: '11111111-1111-4111-8111-111111111111',
          organizationId: '22222222-2222-4222-8222-222222222222',
          role: 'PhD candidate',
          since: '2011-09-01',
        },
      },
    },
    records: [
      { __typename: 'ChangeRecord', id: '11111111-1111-4111-8111-111111111111', title: 'Eli Farrell' },
      { __typename: 'ChangeRecord', id: '22222222-2222-4222-8222-222222222222', title: 'University of Edinburgh' },
    ],
  },
};

function timelineMock(kinds: string[] | null, items: object[], after?: string, hasNextPage = false, related = true) {
  return {
    request: {
      query: RecordTimelineQuery,
      variables: {
        id: ORG,
        organization: true,
        contact: false,
        project: false,
        kinds,
        related,
        first: TIMELINE_PAGE_SIZE,
        ...(after && { after }),
      },
    },
    result: {
      data: {
        organization: {
          __typename: 'Organization',
          id: ORG,
          timeline: {
            __typename: 'TimelineItemConnection',
            totalCount: hasNextPage ? items.length + 1 : items.length,
            edges: items.map((node, index) => ({
              __typename: 'TimelineItemEdge',
              cursor: `${after ?? 'c'}-${index}`,
              node,
            })),
            pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: items.length ? `${after ?? 'c'}-end` : null },
          },
        },
      },
    },
  };
}

describe('RecordTimeline', () => {
  it('shows activities, documents and changes newest first, and filters by kind on the server', async () => {
    const { user } = renderWithProviders(<RecordTimeline kind="ORGANIZATION" id={ORG} />, {
      mocks: [timelineMock(null, [activityItem, documentItem, changeItem]), timelineMock(['DOCUMENT'], [documentItem])],
    });
    const list = await screen.findByRole('list', { name: 'Timeline' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Call with CERN'),
      expect.stringContaining('Visit report'),
      expect.stringContaining('Changed: city Genève → Meyrin'),
    ]);
    expect(within(list).getByRole('link', { name: 'Call with CERN' })).toHaveAttribute('href', '/activities/act-1');

    await user.click(screen.getByRole('checkbox', { name: 'Documents' }));
    await screen.findByText('1 of 1');
    const filtered = within(screen.getByRole('list', { name: 'Timeline' })).getAllByRole('listitem');
    expect(filtered).toHaveLength(1);
    expect(filtered[0]).toHaveTextContent('Visit report');
  });

  it("reads as sentences: a contact's call with its notes and outcome, via whom, and a link naming its records", async () => {
    const { user } = renderWithProviders(<RecordTimeline kind="ORGANIZATION" id={ORG} />, {
      mocks: [
        timelineMock(null, [callViaAda, affiliationItem]),
        timelineMock(null, [affiliationItem], undefined, false, false),
      ],
    });
    const list = await screen.findByRole('list', { name: 'Timeline' });
    const [call, link] = within(list).getAllByRole('listitem');
    expect(call).toHaveTextContent('Notes: Talked about the engine');
    expect(call).toHaveTextContent('Outcome: She sends her notes');
    expect(within(call).getByRole('link', { name: 'Ada Lovelace' })).toHaveAttribute('href', '/contacts/contact-ada');
    expect(call).toHaveTextContent('via Ada Lovelace');
    expect(link).toHaveTextContent(
      'Affiliation added: Eli Farrell, PhD candidate at University of Edinburgh, since Sept 2011',
    );

    const chip = screen.getByRole('checkbox', { name: 'With contacts and parts' });
    expect(chip).toBeChecked();
    await user.click(chip);
    expect(chip).not.toBeChecked();
    await screen.findByText('1 of 1');
    expect(screen.queryByText('Call with Ada')).not.toBeInTheDocument();
  });

  it('says what to do when nothing of the chosen kinds happened, and shows everything again', async () => {
    const { user } = renderWithProviders(<RecordTimeline kind="ORGANIZATION" id={ORG} />, {
      mocks: [timelineMock(null, [changeItem]), timelineMock(['LINK'], [])],
    });
    await screen.findByText('Changed: city Genève → Meyrin');
    await user.click(screen.getByRole('checkbox', { name: 'Links' }));
    expect(await screen.findByText('Nothing of these kinds yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show everything' }));
    expect(await screen.findByText('Changed: city Genève → Meyrin')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Links' })).not.toBeChecked();
  });

  it('loads the next page after the last cursor and appends it', async () => {
    const { user } = renderWithProviders(<RecordTimeline kind="ORGANIZATION" id={ORG} />, {
      mocks: [timelineMock(null, [activityItem], undefined, true), timelineMock(null, [changeItem], 'c-end')],
    });
    await screen.findByText('Call with CERN');
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Changed: city Genève → Meyrin')).toBeInTheDocument();
    expect(screen.getByText('Call with CERN')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('says what to do when the record has no history yet', async () => {
    renderWithProviders(<RecordTimeline kind="ORGANIZATION" id={ORG} />, { mocks: [timelineMock(null, [])] });
    expect(await screen.findByText('Nothing has happened here yet')).toBeInTheDocument();
    expect(screen.getByText(/Log a call or a meeting/)).toBeInTheDocument();
  });
});
