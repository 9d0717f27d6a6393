import { configure, screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { ExpertsPage, ExpertsQuery } from '../pages/ExpertsPage';

configure({ asyncUtilTimeout: 4000 });

const activity = (id: string, subject: string, startsAt: string) => ({ __typename: 'Activity', id, subject, startsAt });

const answer = {
  request: { query: ExpertsQuery, variables: { topic: 'federated identity' } },
  result: {
    data: {
      experts: {
        __typename: 'Experts',
        topic: 'federated identity',
        users: {
          __typename: 'UserConnection',
          totalCount: 1,
          nodes: [
            {
              __typename: 'User',
              id: 'u-1',
              name: 'Nora Lind',
              email: 'nora@example.org',
              expertise: ['Federated identity', 'AAI'],
              teams: [{ __typename: 'Team', id: 'team-1', name: 'NGI Sweden' }],
              activities: { __typename: 'ActivityConnection', nodes: [] },
            },
          ],
        },
        contacts: {
          __typename: 'ContactConnection',
          totalCount: 1,
          nodes: [
            {
              __typename: 'Contact',
              id: 'c-1',
              name: 'Ana Lopez',
              title: 'Identity architect',
              emails: ['ana@example.org'],
              expertise: ['Federated identity'],
              organizations: {
                __typename: 'OrganizationConnection',
                nodes: [{ __typename: 'Organization', id: 'o-1', name: 'RedIRIS' }],
              },
              activities: {
                __typename: 'ActivityConnection',
                nodes: [activity('a-1', 'Call about eduGAIN', '2026-11-03T10:00:00.000Z')],
              },
            },
          ],
        },
      },
    },
  },
};

describe('ExpertsPage', () => {
  it('asks for nothing until a topic is typed, and says what to do', () => {
    renderWithProviders(<ExpertsPage />, { route: '/experts' });
    expect(screen.getByText('Type a topic to see who knows about it.')).toBeInTheDocument();
  });

  it('shows colleagues and contacts who know the topic, with their teams, organizations and recent activity', async () => {
    renderWithProviders(<ExpertsPage />, { mocks: [answer], route: '/experts?topic=federated+identity' });
    const colleagues = await screen.findByRole('region', { name: 'In our teams (1)' });
    const nora = within(colleagues).getByRole('article', { name: 'Nora Lind' });
    expect(nora).toHaveTextContent('Teams: NGI Sweden');
    expect(nora).toHaveTextContent('None you may see.');
    const contacts = screen.getByRole('region', { name: 'Among our contacts (1)' });
    const ana = within(contacts).getByRole('article', { name: 'Ana Lopez' });
    expect(within(ana).getByRole('link', { name: 'Ana Lopez' })).toHaveAttribute('href', '/contacts/c-1');
    expect(within(ana).getByRole('link', { name: 'RedIRIS' })).toHaveAttribute('href', '/organizations/o-1');
    expect(within(ana).getByRole('link', { name: 'Call about eduGAIN' })).toHaveAttribute('href', '/activities/a-1');
    expect(ana).toHaveTextContent('3 Nov 2026');
    expect(within(ana).getByRole('link', { name: 'ana@example.org' })).toHaveAttribute(
      'href',
      'mailto:ana@example.org',
    );
  });
});
