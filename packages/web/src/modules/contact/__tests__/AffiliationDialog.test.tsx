import type { MockLink } from '@apollo/client/testing';
import { configure, screen, waitFor } from '@testing-library/react';
import { makeFragmentData } from '../../../generated';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { AffiliationDialog, AffiliationFields_affiliation } from '../components/AffiliationDialog';
import { AffiliateContactMutation, RemoveAffiliationMutation } from '../hooks/useAffiliationMutations';
import { organizationPickerMock } from './contactMocks';

// The machines that run these tests can be slow: give answers and transitions time.
configure({ asyncUtilTimeout: 4000 });

const affiliation = {
  __typename: 'Affiliation' as const,
  id: 'aff-1',
  version: 3,
  role: 'Researcher',
  primary: true,
  since: '2020-01-01',
  until: null,
  contact: { __typename: 'Contact' as const, id: 'c-1', name: 'Marie Curie' },
  organization: { __typename: 'Organization' as const, id: 'org-1', name: 'Institut Curie' },
};

describe('AffiliationDialog', () => {
  it('affiliates the contact with the chosen organization, role, main flag and dates', async () => {
    const affiliated: MockLink.MockedResponse = {
      request: {
        query: AffiliateContactMutation,
        variables: {
          input: {
            contactId: 'c-1',
            organizationId: 'org-1',
            role: 'Director',
            primary: true,
            since: '2021-03-01',
            until: null,
          },
        },
      },
      result: { data: { affiliateContact: { ...affiliation, role: 'Director', since: '2021-03-01' } } },
    };
    const onClose = jest.fn();
    const { user } = renderWithProviders(
      <AffiliationDialog opened onClose={onClose} contact={{ id: 'c-1', name: 'Marie Curie' }} />,
      { mocks: [organizationPickerMock, affiliated] },
    );
    expect(screen.getByText('Marie Curie')).toBeInTheDocument();
    // The dialog first moves the focus into itself.
    await waitFor(() => expect(screen.getByRole('dialog')).toContainElement(document.activeElement as HTMLElement));
    await user.type(screen.getByRole('combobox', { name: 'Organization' }), 'Inst');
    await user.click(await screen.findByRole('option', { name: 'Institut Curie' }, { timeout: 3000 }));
    await user.type(screen.getByRole('combobox', { name: 'Role' }), 'Director');
    await user.click(screen.getByRole('checkbox', { name: /Main affiliation/ }));
    const since = screen.getByLabelText('Since');
    await user.type(since, '2021-03-01');
    await user.click(screen.getByRole('button', { name: 'Affiliate' }));

    expect(
      await screen.findByText('Marie Curie is now affiliated with Institut Curie.', {}, { timeout: 3000 }),
    ).toBeInTheDocument();
    expect(onClose).toHaveBeenCalled();
  });

  it('shows the server’s refusal beside the field it concerns, and asks for the contact first', async () => {
    const refused: MockLink.MockedResponse = {
      request: { query: AffiliateContactMutation, variables: () => true },
      result: {
        errors: [
          {
            message: 'The input is not valid',
            extensions: { code: 'BAD_USER_INPUT', fields: { until: ['until must not be before since'] } },
          },
        ],
        data: null,
      },
    };
    const onClose = jest.fn();
    const { user } = renderWithProviders(
      <AffiliationDialog opened onClose={onClose} contact={{ id: 'c-1', name: 'Marie Curie' }} />,
      { mocks: [organizationPickerMock, refused] },
    );
    await user.click(screen.getByRole('button', { name: 'Affiliate' }));
    expect(await screen.findByText('Choose the organization')).toBeInTheDocument();

    await waitFor(() => expect(screen.getByRole('dialog')).toContainElement(document.activeElement as HTMLElement));
    await user.type(screen.getByRole('combobox', { name: 'Organization' }), 'Inst');
    await user.click(await screen.findByRole('option', { name: 'Institut Curie' }));
    await user.click(screen.getByRole('button', { name: 'Affiliate' }));

    const until = screen.getByLabelText('Until');
    await waitFor(() => expect(until).toHaveAttribute('aria-invalid', 'true'));
    expect(until).toHaveAccessibleDescription('Must not be before since');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('removes an affiliation only after a confirmation', async () => {
    const removed: MockLink.MockedResponse = {
      request: { query: RemoveAffiliationMutation, variables: { input: { id: 'aff-1', version: 3 } } },
      result: { data: { removeAffiliation: affiliation } },
    };
    const onClose = jest.fn();
    const { user } = renderWithProviders(
      <AffiliationDialog
        opened
        onClose={onClose}
        affiliation={makeFragmentData(affiliation, AffiliationFields_affiliation)}
      />,
      {
        mocks: [removed],
      },
    );
    expect(screen.getByRole('combobox', { name: 'Role' })).toHaveValue('Researcher');
    expect(screen.getByRole('checkbox', { name: /Main affiliation/ })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Remove affiliation…' }));
    expect(screen.getByRole('group', { name: 'Confirm removal' })).toHaveTextContent('Remove this affiliation?');
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled(), { timeout: 3000 });
    expect(await screen.findByText('The affiliation was removed.')).toBeInTheDocument();
  });
});
