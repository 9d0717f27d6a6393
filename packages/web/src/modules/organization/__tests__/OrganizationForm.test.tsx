import { screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../../../test/renderWithProviders';
import type { CreateOrganizationInput } from '../../../generated/graphql';
import { OrganizationCreatePage } from '../pages/OrganizationCreatePage';
import {
  createOrganizationAccepted,
  createOrganizationRefused,
  emptyPickerMock,
  noSimilarOrganizationsMock,
} from './organizationMocks';

const INPUT: CreateOrganizationInput = {
  name: 'Institute of Tests',
  acronym: 'IOT',
  kind: 'RESEARCH_INSTITUTE',
  country: null,
  city: null,
  website: 'example.org',
  parentId: null,
  description: null,
};

async function fillIn(user: ReturnType<typeof renderWithProviders>['user']) {
  await user.type(screen.getByRole('textbox', { name: /Name/ }), INPUT.name);
  await user.type(screen.getByRole('textbox', { name: 'Acronym' }), INPUT.acronym!);
  await user.click(screen.getByRole('combobox', { name: 'Kind' }));
  await user.click(await screen.findByRole('option', { name: 'Research institute' }));
  await user.type(screen.getByRole('textbox', { name: 'Web site' }), INPUT.website!);
}

describe('OrganizationForm (new organization)', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('shows the messages of a BAD_USER_INPUT answer beside their fields', async () => {
    const refused = createOrganizationRefused(INPUT, {
      website: ['website must be an http or https URL'],
      acronym: ['acronym is already used by another organization'],
    });
    const { user } = renderWithProviders(<OrganizationCreatePage />, {
      mocks: [emptyPickerMock, noSimilarOrganizationsMock, refused],
    });
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Create organization' }));

    const website = screen.getByRole('textbox', { name: 'Web site' });
    await waitFor(() => expect(website).toHaveAttribute('aria-invalid', 'true'));
    expect(website).toHaveAccessibleDescription(/Must be an http or https URL/);
    expect(screen.getByRole('textbox', { name: 'Acronym' })).toHaveAccessibleDescription(
      /Is already used by another organization/,
    );
    expect(screen.getByRole('textbox', { name: /Name/ })).not.toHaveAttribute('aria-invalid', 'true');
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Some input needs attention');
    expect(summary).toHaveTextContent('Web site: must be an http or https URL');
  });

  it('asks for the name and kind before sending anything', async () => {
    const { user } = renderWithProviders(<OrganizationCreatePage />, {
      mocks: [emptyPickerMock, noSimilarOrganizationsMock],
    });
    await user.click(screen.getByRole('button', { name: 'Create organization' }));
    expect(screen.getByRole('textbox', { name: /Name/ })).toHaveAccessibleDescription('Enter the name');
    expect(screen.getByRole('combobox', { name: 'Kind' })).toHaveAccessibleDescription(
      'Choose what sort of organization it is',
    );
  });

  it('keeps unsaved input as a draft, restored when the page opens again', async () => {
    const first = renderWithProviders(<OrganizationCreatePage />, {
      mocks: [emptyPickerMock, noSimilarOrganizationsMock],
    });
    await first.user.type(screen.getByRole('textbox', { name: /Name/ }), 'Half-typed institute');
    first.unmount();

    renderWithProviders(<OrganizationCreatePage />, { mocks: [emptyPickerMock, noSimilarOrganizationsMock] });
    expect(screen.getByText('Your unsaved input was restored')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Name/ })).toHaveValue('Half-typed institute');
  });

  it('creates the organization, forgets the draft and opens its page', async () => {
    const accepted = createOrganizationAccepted(INPUT, 'org-42');
    const { user } = renderWithProviders(<OrganizationCreatePage />, {
      mocks: [emptyPickerMock, noSimilarOrganizationsMock, accepted],
      route: '/organizations/new',
      path: '/organizations/new',
    });
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Create organization' }));
    expect(await screen.findByText('Elsewhere')).toBeInTheDocument();
    expect(window.sessionStorage.getItem('liaison:draft:organization:new')).toBeNull();
  });
});
