import { screen, waitFor, within } from '@testing-library/react';
import { ProjectPickerDocument } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { organizationPickerMock, userOptionsMock } from '../../project/__tests__/projectMocks';
import { UpdateNeedMutation } from '../hooks/useUpdateNeed';
import { NeedCreatePage } from '../pages/NeedCreatePage';
import { NeedEditPage, NeedEditQuery } from '../pages/NeedEditPage';

const ID = 'need-1';

/** The project picker finds one project whatever is typed. */
const projectPickerMock = {
  request: { query: ProjectPickerDocument, variables: () => true },
  result: {
    data: {
      projects: {
        __typename: 'ProjectConnection' as const,
        nodes: [{ __typename: 'Project' as const, id: 'project-1', name: 'Open Science Grid', acronym: 'OSG' }],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const pickers = [userOptionsMock, organizationPickerMock, projectPickerMock];

function needRecord(version: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Need' as const,
    id: ID,
    version,
    title: 'Clean room access',
    category: 'COMPUTE' as const,
    priority: 'MEDIUM' as const,
    status: 'IDENTIFIED' as const,
    source: null,
    description: null,
    organization: { __typename: 'Organization' as const, id: 'org-cern', name: 'CERN' },
    project: null,
    owner: { __typename: 'User' as const, id: 'user-1', name: 'Eddie Editor' },
    ...overrides,
  };
}

const editQuery = (version: number, overrides: Record<string, unknown> = {}) => ({
  request: { query: NeedEditQuery, variables: { id: ID } },
  result: { data: { need: needRecord(version, overrides) } },
});

describe('NeedForm (new need)', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('asks for what is needed, its category and whose need it is before sending anything', async () => {
    const { user } = renderWithProviders(<NeedCreatePage />, { mocks: pickers });
    await user.click(screen.getByRole('radio', { name: 'A project' }));
    await user.click(screen.getByRole('button', { name: 'Create need' }));
    expect(screen.getByRole('textbox', { name: /Need/ })).toHaveAccessibleDescription(/Say what is needed/);
    expect(screen.getByRole('combobox', { name: /Category/ })).toHaveAccessibleDescription('Choose the category');
    expect(screen.getByRole('combobox', { name: /Project/ })).toHaveAccessibleDescription(
      /Choose the project that has the need/,
    );
  });

  it('keeps the input as a draft, offered again when the form opens anew', async () => {
    const first = renderWithProviders(<NeedCreatePage />, { mocks: pickers });
    await first.user.type(screen.getByRole('textbox', { name: /Need/ }), 'A test bench');
    expect(window.sessionStorage.getItem('liaison:draft:need:new:')).toContain('A test bench');
    first.unmount();

    const { user } = renderWithProviders(<NeedCreatePage />, { mocks: pickers });
    expect(screen.getByRole('textbox', { name: /Need/ })).toHaveValue('A test bench');
    await user.click(screen.getByRole('button', { name: /Discard/ }));
    expect(screen.getByRole('textbox', { name: /Need/ })).toHaveValue('');
    expect(window.sessionStorage.getItem('liaison:draft:need:new:')).toBeNull();
  });
});

describe('NeedEditPage', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('sends its version; on a CONFLICT compares theirs with mine and can take theirs, forgetting my input', async () => {
    const mocks = [
      ...pickers,
      editQuery(3),
      {
        request: {
          query: UpdateNeedMutation,
          variables: (variables: { input: Record<string, unknown> }) =>
            variables.input.version === 3 && variables.input.title === 'Clean room time',
        },
        result: {
          errors: [{ message: 'Need changed since version 3', extensions: { code: 'CONFLICT' } }],
          data: null,
        },
      },
      editQuery(4, { status: 'BEING_ADDRESSED' }),
    ];
    const { user } = renderWithProviders(<NeedEditPage />, {
      mocks,
      route: `/needs/${ID}/edit`,
      path: '/needs/:id/edit',
    });

    const title = await screen.findByRole('textbox', { name: /Need/ });
    await user.clear(title);
    await user.type(title, 'Clean room time');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this meanwhile' });
    const changes = within(dialog).getByRole('table', { name: 'Changes' });
    expect(within(changes).getByRole('rowheader', { name: 'Need' }).closest('tr')).toHaveTextContent('Clean room time');
    // The comparison says it all: no error above the form besides.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Discard mine, reload theirs' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: /Need/ })).toHaveValue('Clean room access'));
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('Being addressed');
    expect(window.sessionStorage.getItem(`liaison:draft:need:${ID}`)).toBeNull();
  });
});
