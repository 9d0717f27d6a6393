import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { pageCursor } from '../../../app/apollo/pageCursor';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { TagOptionsQuery } from '../../tag/hooks/useTagOptions';
import { ContactPickerQuery } from '../../contact/components/ContactPicker';
import { ProjectFilterNamesQuery } from '../components/ProjectFilters';
import { ProjectListPage, ProjectListQuery } from '../pages/ProjectListPage';
import { organizationPickerMock, projectRecord, userOptionsMock } from './projectMocks';

const always = (mock: MockLink.MockedResponse): MockLink.MockedResponse => ({
  ...mock,
  maxUsageCount: Number.POSITIVE_INFINITY,
});

const mocks = [
  userOptionsMock,
  organizationPickerMock,
  always({
    request: { query: TagOptionsQuery },
    result: { data: { tags: { __typename: 'TagConnection', nodes: [] } } },
  }),
  always({
    request: { query: ContactPickerQuery, variables: () => true },
    result: { data: { contacts: { __typename: 'ContactConnection', nodes: [] } } },
  }),
];

describe('ProjectListPage', () => {
  it('turns the partner and date filters of the URL into the query, naming the organization it filters by', async () => {
    renderWithProviders(<ProjectListPage />, {
      mocks: [
        ...mocks,
        always({
          request: {
            query: ProjectFilterNamesQuery,
            variables: { org: 'org-cern', contact: '', withOrg: true, withContact: false },
          },
          result: { data: { organization: { __typename: 'Organization', id: 'org-cern', name: 'CERN' } } },
        }),
        {
          request: {
            query: ProjectListQuery,
            variables: {
              filter: {
                statuses: ['ACTIVE'],
                hasOrganization: { organizationId: 'org-cern' },
                startsAfter: '2025-01-01',
              },
              orderBy: { field: 'START_DATE', direction: 'DESC' },
              first: 25,
            },
          },
          result: {
            data: {
              projects: { __typename: 'ProjectConnection', totalCount: 1, nodes: [projectRecord('project-1', 1)] },
            },
          },
        },
      ],
      route: '/projects?status=ACTIVE&org=org-cern&startsAfter=2025-01-01&sort=-start',
      path: '/projects',
    });

    const table = screen.getByRole('table', { name: 'Projects' });
    const row = (await within(table).findByRole('link', { name: 'Open Science Grid' })).closest('tr')!;
    expect(row).toHaveTextContent('Active');
    expect(row).toHaveTextContent('1 Jan 2025');
    // The filters in use are shown, "More filters" ones included.
    expect(screen.getByRole('textbox', { name: 'Starts from' })).toHaveValue('1 Jan 2025');
    expect(await screen.findByDisplayValue('CERN')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'More filters' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeInTheDocument();
  });

  it('keeps the less used filters behind "More filters" until asked', async () => {
    const { user } = renderWithProviders(<ProjectListPage />, {
      mocks: [
        ...mocks,
        {
          request: {
            query: ProjectListQuery,
            variables: { filter: {}, orderBy: { field: 'NAME', direction: 'ASC' }, first: 25 },
          },
          result: { data: { projects: { __typename: 'ProjectConnection', totalCount: 0, nodes: [] } } },
        },
      ],
      route: '/projects',
      path: '/projects',
    });
    expect(await screen.findByText('No projects yet')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'New project' })).toHaveLength(2); // the header's and the empty state's
    expect(screen.queryByLabelText('Running on')).not.toBeInTheDocument();
    // Sort, page and columns are in the URL too, but are no filters to clear.
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'More filters' }));
    expect(screen.getByLabelText('Running on')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Fewer filters' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('says when the page in the URL is past the end of the list, and goes back to page 1', async () => {
    const page = (after: string | undefined, nodes: unknown[]) => ({
      request: {
        query: ProjectListQuery,
        variables: { filter: {}, orderBy: { field: 'NAME', direction: 'ASC' }, first: 25, ...(after ? { after } : {}) },
      },
      result: { data: { projects: { __typename: 'ProjectConnection', totalCount: 1, nodes } } },
    });
    const { user } = renderWithProviders(<ProjectListPage />, {
      mocks: [...mocks, page(pageCursor(3, 25), []), page(undefined, [projectRecord('project-1', 1)])],
      route: '/projects?page=3',
      path: '/projects',
    });
    expect(await screen.findByText('Page 3 is past the end of this list')).toBeInTheDocument();
    expect(screen.queryByText('No projects yet')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back to page 1' }));
    expect(await screen.findByRole('link', { name: projectRecord('project-1', 1).name })).toBeInTheDocument();
  });
});
