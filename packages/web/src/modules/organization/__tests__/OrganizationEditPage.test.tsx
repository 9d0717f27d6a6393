import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { writeDraft } from '../../../ui/useDraft';
import { formValuesOf } from '../components/organizationFormValues';
import { UpdateOrganizationMutation } from '../hooks/useUpdateOrganization';
import { OrganizationEditPage, OrganizationEditQuery } from '../pages/OrganizationEditPage';
import { emptyPickerMock, organizationRecord } from './organizationMocks';

const ID = '7d3c4c52-5d0c-4c1b-9f4e-0d6f1c1f0a01';

const editQuery = (version: number, name: string) => ({
  request: { query: OrganizationEditQuery, variables: { id: ID } },
  result: { data: { organization: organizationRecord(ID, version, name) } },
});

const update = (version: number) => ({
  request: {
    query: UpdateOrganizationMutation,
    variables: (variables: { input: { version: number; name: string } }) =>
      variables.input.version === version && variables.input.name === 'Université de Lyon',
  },
});

describe('OrganizationEditPage', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('sends the version it edits; after a CONFLICT shows both sides and re-applies the input on the latest version', async () => {
    const mocks = [
      emptyPickerMock,
      editQuery(3, 'Université Lyon 1'),
      {
        ...update(3),
        result: {
          errors: [{ message: 'Organization changed since version 3', extensions: { code: 'CONFLICT' } }],
          data: null,
        },
      },
      editQuery(4, 'Université Claude Bernard'),
      {
        ...update(4),
        result: { data: { updateOrganization: organizationRecord(ID, 5, 'Université de Lyon') } },
      },
    ];
    const { user } = renderWithProviders(<OrganizationEditPage />, {
      mocks,
      route: `/organizations/${ID}/edit`,
      path: '/organizations/:id/edit',
    });

    const name = await screen.findByRole('textbox', { name: /Name/ });
    expect(name).toHaveValue('Université Lyon 1');
    await user.clear(name);
    await user.type(name, 'Université de Lyon');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this meanwhile' });
    const nameRow = within(dialog).getByRole('row', { name: /^Name/ });
    expect(nameRow).toHaveTextContent('Université Lyon 1');
    expect(nameRow).toHaveTextContent('Université Claude Bernard');
    expect(nameRow).toHaveTextContent('Université de Lyon');
    await user.click(within(dialog).getByRole('button', { name: 'Re-apply my edits' }));

    expect(await screen.findByText('Elsewhere', {}, { timeout: 5000 })).toBeInTheDocument();
  });

  it('tells what others changed since a draft began from what the draft changed, and keeps theirs', async () => {
    // Typed before a sign-in on version 3: the city only. Someone renamed it since (version 4).
    const began = { ...formValuesOf(organizationRecord(ID, 3, 'Université Lyon 1')), baseVersion: 3 };
    writeDraft(`organization:${ID}`, { ...began, city: 'Villeurbanne' }, began);
    const saved = (version: number) => (variables: { input: { version: number; name: string; city: string } }) =>
      variables.input.version === version && variables.input.city === 'Villeurbanne';
    const mocks = [
      emptyPickerMock,
      editQuery(4, 'Université Claude Bernard'),
      {
        request: { query: UpdateOrganizationMutation, variables: saved(3) },
        result: { errors: [{ message: 'Organization changed since version 3', extensions: { code: 'CONFLICT' } }] },
      },
      editQuery(4, 'Université Claude Bernard'),
      {
        request: {
          query: UpdateOrganizationMutation,
          variables: (variables: { input: { version: number; name: string; city: string } }) =>
            saved(4)(variables) && variables.input.name === 'Université Claude Bernard',
        },
        result: { data: { updateOrganization: organizationRecord(ID, 5, 'Université Claude Bernard') } },
      },
    ];
    const { user } = renderWithProviders(<OrganizationEditPage />, {
      mocks,
      route: `/organizations/${ID}/edit`,
      path: '/organizations/:id/edit',
    });

    expect(await screen.findByRole('textbox', { name: /City/ })).toHaveValue('Villeurbanne');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this meanwhile' });
    expect(within(dialog).getByRole('row', { name: /^Name/ })).toHaveTextContent('They changed it');
    expect(within(dialog).getByRole('row', { name: /^City/ })).toHaveTextContent('You changed it');
    await user.click(within(dialog).getByRole('button', { name: 'Re-apply my edits' }));

    expect(await screen.findByText('Elsewhere', {}, { timeout: 5000 })).toBeInTheDocument();
  });
});
