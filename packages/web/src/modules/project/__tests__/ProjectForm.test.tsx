import { screen, waitFor, within } from '@testing-library/react';
import type { CreateProjectInput } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { CreateProjectMutation } from '../hooks/useCreateProject';
import { UpdateProjectMutation } from '../hooks/useUpdateProject';
import { ProjectCreatePage } from '../pages/ProjectCreatePage';
import { ProjectEditPage, ProjectEditQuery } from '../pages/ProjectEditPage';
import { projectRecord, userOptionsMock } from './projectMocks';

const INPUT: CreateProjectInput = {
  name: 'Open Science Grid',
  acronym: 'OSG',
  kind: 'INTERNATIONAL',
  status: 'ACTIVE',
  startDate: '2025-01-01',
  endDate: null,
  scientificDomain: null,
  website: 'osg.example.org',
  description: null,
};

async function fillIn(user: ReturnType<typeof renderWithProviders>['user']) {
  await user.type(screen.getByRole('textbox', { name: /Name/ }), INPUT.name);
  await user.type(screen.getByRole('textbox', { name: 'Acronym' }), INPUT.acronym!);
  await user.click(screen.getByRole('combobox', { name: 'Kind' }));
  await user.click(await screen.findByRole('option', { name: 'International' }));
  await user.type(screen.getByLabelText('Start'), INPUT.startDate!);
  await user.type(screen.getByRole('textbox', { name: 'Web site' }), INPUT.website!);
}

describe('ProjectForm (new project)', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('asks for the name and kind, and an end not before the start, before sending anything', async () => {
    const { user } = renderWithProviders(<ProjectCreatePage />, { mocks: [userOptionsMock] });
    await user.type(screen.getByLabelText('Start'), '2025-06-01');
    await user.type(screen.getByLabelText('End'), '2025-01-01');
    await user.click(screen.getByRole('button', { name: 'Create project' }));
    expect(screen.getByRole('textbox', { name: /Name/ })).toHaveAccessibleDescription('Enter the name');
    expect(screen.getByRole('combobox', { name: 'Kind' })).toHaveAccessibleDescription(
      'Choose what sort of project it is',
    );
    expect(screen.getByLabelText('End')).toHaveAccessibleDescription('The end cannot be before the start');
  });

  it('shows the messages of a BAD_USER_INPUT answer beside their fields', async () => {
    const refused = {
      request: { query: CreateProjectMutation, variables: { input: INPUT } },
      result: {
        errors: [
          {
            message: 'The input is not valid',
            extensions: { code: 'BAD_USER_INPUT', fields: { website: ['website must be an http or https URL'] } },
          },
        ],
        data: null,
      },
    };
    const { user } = renderWithProviders(<ProjectCreatePage />, { mocks: [userOptionsMock, refused] });
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Create project' }));

    const website = screen.getByRole('textbox', { name: 'Web site' });
    await waitFor(() => expect(website).toHaveAttribute('aria-invalid', 'true'));
    expect(website).toHaveAccessibleDescription(/Must be an http or https URL/);
    expect(screen.getByRole('textbox', { name: /Name/ })).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Web site: must be an http or https URL');
  });

  it('creates the project, forgets the draft and opens its page', async () => {
    const accepted = {
      request: { query: CreateProjectMutation, variables: { input: INPUT } },
      result: { data: { createProject: projectRecord('project-42', 1, { website: 'osg.example.org' }) } },
    };
    const { user } = renderWithProviders(<ProjectCreatePage />, {
      mocks: [userOptionsMock, accepted],
      route: '/projects/new',
      path: '/projects/new',
    });
    await fillIn(user);
    expect(window.sessionStorage.getItem('liaison:draft:project:new')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Create project' }));
    expect(await screen.findByText('Elsewhere')).toBeInTheDocument();
    expect(window.sessionStorage.getItem('liaison:draft:project:new')).toBeNull();
  });
});

describe('ProjectEditPage', () => {
  const ID = 'project-1';
  beforeEach(() => window.sessionStorage.clear());

  const editQuery = (version: number, overrides: Record<string, unknown>) => ({
    request: { query: ProjectEditQuery, variables: { id: ID } },
    result: { data: { project: projectRecord(ID, version, overrides) } },
  });
  const update = (version: number, check: (input: Record<string, unknown>) => boolean) => ({
    request: {
      query: UpdateProjectMutation,
      variables: (variables: { input: Record<string, unknown> }) =>
        variables.input.version === version && check(variables.input),
    },
  });

  it('sends its version; on a CONFLICT shows theirs beside mine and re-applies my edits on their version', async () => {
    const mocks = [
      userOptionsMock,
      editQuery(3, {}),
      {
        ...update(3, (input) => input.name === 'Open Science Grid 2'),
        result: {
          errors: [{ message: 'Project changed since version 3', extensions: { code: 'CONFLICT' } }],
          data: null,
        },
      },
      editQuery(4, { status: 'SUSPENDED' }),
      {
        // My name, their status, on their version.
        ...update(4, (input) => input.name === 'Open Science Grid 2' && input.status === 'SUSPENDED'),
        result: { data: { updateProject: projectRecord(ID, 5, { name: 'Open Science Grid 2', status: 'SUSPENDED' }) } },
      },
    ];
    const { user } = renderWithProviders(<ProjectEditPage />, {
      mocks,
      route: `/projects/${ID}/edit`,
      path: '/projects/:id/edit',
    });

    const name = await screen.findByRole('textbox', { name: /Name/ });
    await user.clear(name);
    await user.type(name, 'Open Science Grid 2');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this meanwhile' });
    const changes = within(dialog).getByRole('table', { name: 'Changes' });
    const status = within(changes).getByRole('rowheader', { name: 'Status' }).closest('tr')!;
    expect(status).toHaveTextContent('Suspended');
    const nameRow = within(changes).getByRole('rowheader', { name: 'Name' }).closest('tr')!;
    expect(nameRow).toHaveTextContent('Open Science Grid 2');

    await user.click(within(dialog).getByRole('button', { name: 'Re-apply my edits' }));
    expect(await screen.findByText('Elsewhere', {}, { timeout: 5000 })).toBeInTheDocument();
  });
});
