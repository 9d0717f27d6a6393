import type { MockLink } from '@apollo/client/testing';
import { configure, screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { SimilarOrganizationsQuery } from '../../organization/hooks/useSimilarOrganizations';
import { OrganizationCreatePage } from '../../organization/pages/OrganizationCreatePage';
import { emptyPickerMock } from '../../organization/__tests__/organizationMocks';
import { SimilarContactsQuery } from '../hooks/useSimilarContacts';
import { ContactCreatePage } from '../pages/ContactCreatePage';
import { ContactEditQuery } from '../pages/ContactEditPage';
import { contactRecord } from './contactMocks';

// The machines that run these tests can be slow: give answers and transitions time.
configure({ asyncUtilTimeout: 4000 });

const similarToMarie: MockLink.MockedResponse = {
  request: { query: SimilarContactsQuery, variables: { name: 'Marie Curie', email: null } },
  result: {
    data: {
      similarContacts: [
        {
          __typename: 'SimilarContact',
          score: 1,
          sameEmail: false,
          contact: {
            __typename: 'Contact',
            id: 'c-9',
            name: 'Marie Curie',
            primaryOrganization: { __typename: 'Organization', id: 'org-1', name: 'Institut Curie' },
          },
        },
      ],
    },
  },
};

/** Any other typed name finds nobody. */
const nobodyElse: MockLink.MockedResponse = {
  request: { query: SimilarContactsQuery, variables: (vars) => vars.name !== 'Marie Curie' },
  result: { data: { similarContacts: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('duplicate warnings on the create forms', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('warns of a contact with the same name once typing pauses, offering to open it', async () => {
    const { user } = renderWithProviders(<ContactCreatePage />, { mocks: [nobodyElse, similarToMarie] });
    await user.type(screen.getByRole('textbox', { name: 'First name' }), 'Marie');
    await user.type(screen.getByRole('textbox', { name: /Family name/ }), 'Curie');

    expect(await screen.findByText('This contact may already exist', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.getByText('Institut Curie')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open Marie Curie (new tab)' })).toHaveAttribute('href', '/contacts/c-9');
    expect(screen.getByRole('button', { name: 'Merge into Marie Curie' })).toBeInTheDocument();
  });

  it('merges into the existing contact: nothing is created, its edit form opens with the typed values in its empty fields', async () => {
    const existing: MockLink.MockedResponse = {
      request: { query: ContactEditQuery, variables: { id: 'c-9' } },
      result: { data: { contact: contactRecord('c-9', { emails: [], title: 'Professor' }) } },
    };
    const { user } = renderWithProviders(<ContactCreatePage />, {
      mocks: [nobodyElse, similarToMarie, existing],
      route: '/contacts/new',
      path: '/contacts/new',
    });
    await user.type(screen.getByRole('textbox', { name: 'First name' }), 'Marie');
    await user.type(screen.getByRole('textbox', { name: /Family name/ }), 'Curie');
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Dr');
    const merge = await screen.findByRole('button', { name: 'Merge into Marie Curie' }, { timeout: 3000 });
    await user.click(merge);

    expect(await screen.findByText('Elsewhere', {}, { timeout: 5000 })).toBeInTheDocument();
    const draft = JSON.parse(window.sessionStorage.getItem('liaison:draft:contact:c-9') ?? 'null');
    // The existing title stays; the typed values only fill what was empty.
    expect(draft.values).toMatchObject({ title: 'Professor', firstName: 'Marie', lastName: 'Curie', baseVersion: 1 });
    // What the contact was is kept beside, so that a conflict tells apart what was typed.
    expect(draft.base).toMatchObject({ title: 'Professor', baseVersion: 1 });
    expect(window.sessionStorage.getItem('liaison:draft:contact:new')).toBeNull();
  });

  it('warns of an organization with a close name', async () => {
    const similar: MockLink.MockedResponse = {
      request: { query: SimilarOrganizationsQuery, variables: (vars) => vars.name === 'Karlsruhe Institute' },
      result: {
        data: {
          similarOrganizations: [
            {
              __typename: 'SimilarOrganization',
              score: 0.8,
              organization: {
                __typename: 'Organization',
                id: 'org-7',
                name: 'Karlsruhe Institute of Technology',
                acronym: 'KIT',
                country: 'DE',
                city: 'Karlsruhe',
              },
            },
          ],
        },
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    const others: MockLink.MockedResponse = {
      request: { query: SimilarOrganizationsQuery, variables: (vars) => vars.name !== 'Karlsruhe Institute' },
      result: { data: { similarOrganizations: [] } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    const { user } = renderWithProviders(<OrganizationCreatePage />, { mocks: [emptyPickerMock, similar, others] });
    await user.type(screen.getByRole('textbox', { name: /Name/ }), 'Karlsruhe Institute');

    expect(await screen.findByText('This organization may already exist', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.getByText('Karlsruhe Institute of Technology (KIT)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Open Karlsruhe Institute of Technology/ })).toHaveAttribute(
      'href',
      '/organizations/org-7',
    );
  });
});
