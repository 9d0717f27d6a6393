import { configure, screen, within } from '@testing-library/react';
import { EDITOR_SESSION, renderWithProviders } from '../../../test/renderWithProviders';
import { RecentWork, RecentWorkQuery } from '../components/RecentWork';

configure({ asyncUtilTimeout: 4000 });

const page = (nodes: unknown[]) => ({ __typename: 'TimelineItemConnection', totalCount: nodes.length, nodes });
const ADA = { __typename: 'TimelineVia', type: 'Contact', id: 'c-1', title: 'Ada Lovelace' };

const answer = (organization: Record<string, unknown>) => ({
  request: {
    query: RecentWorkQuery,
    variables: { id: 'o-1', organization: true, contact: false, first: 5 },
  },
  result: { data: { organization: { __typename: 'Organization', id: 'o-1', ...organization } } },
});

const BUSY = answer({
  lastContactedAt: '2026-11-03T10:00:00.000Z',
  nextPlannedAt: '2026-12-15T09:00:00.000Z',
  recentActivities: page([
    {
      __typename: 'TimelineItem',
      at: '2026-11-03T10:00:00.000Z',
      via: ADA,
      activity: { __typename: 'Activity', id: 'a-1', kind: 'CALL', subject: 'Call about the pilot', status: 'DONE' },
    },
  ]),
  recentDocuments: page([
    {
      __typename: 'TimelineItem',
      at: '2026-11-04T10:00:00.000Z',
      via: null,
      document: { __typename: 'Document', id: 'd-1', title: 'Pilot agreement', kind: 'AGREEMENT' },
    },
  ]),
});

describe('RecentWork (a record overview)', () => {
  it('shows when we were last and will next be in touch, and the latest work, marking what came via a contact', async () => {
    renderWithProviders(<RecentWork kind="ORGANIZATION" id="o-1" timelineHref="?tab=timeline" />, { mocks: [BUSY] });
    const section = await screen.findByRole('region', { name: 'Recent activity' });
    expect(await within(section).findByText('3 Nov 2026', { selector: 'time' })).toBeInTheDocument();
    expect(within(section).getByText('15 Dec 2026', { selector: 'time' })).toBeInTheDocument();
    const call = within(section).getByRole('link', { name: 'Call about the pilot' });
    expect(call).toHaveAttribute('href', '/activities/a-1');
    expect(call.closest('li')).toHaveTextContent('via Ada Lovelace');
    const agreement = within(section).getByRole('link', { name: 'Pilot agreement' });
    expect(agreement.closest('li')).not.toHaveTextContent('via');
    // The actions start from this organization.
    expect(within(section).getByRole('link', { name: 'Log activity' })).toHaveAttribute(
      'href',
      '/activities/new?organization=o-1',
    );
    expect(within(section).getByRole('link', { name: 'New document' })).toHaveAttribute(
      'href',
      '/documents/new?organization=o-1',
    );
    expect(within(section).getByRole('link', { name: 'See everything in the timeline' })).toBeInTheDocument();
  });

  it('says "Never" and "Nothing planned" for a record without work, and gives viewers no action', async () => {
    const idle = answer({
      lastContactedAt: null,
      nextPlannedAt: null,
      recentActivities: page([]),
      recentDocuments: page([]),
    });
    renderWithProviders(<RecentWork kind="ORGANIZATION" id="o-1" timelineHref="?tab=timeline" />, {
      mocks: [idle],
      session: { ...EDITOR_SESSION, canEdit: false, user: { ...EDITOR_SESSION.user, role: 'VIEWER' } },
    });
    expect(await screen.findByText('Never')).toBeInTheDocument();
    expect(screen.getByText('Nothing planned')).toBeInTheDocument();
    expect(screen.getByText('No activity yet.')).toBeInTheDocument();
    expect(screen.getByText('No document yet.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Log activity' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'See everything in the timeline' })).not.toBeInTheDocument();
  });
});
