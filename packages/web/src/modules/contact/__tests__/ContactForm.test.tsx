import type { MockLink } from '@apollo/client/testing';
import { configure, screen, waitFor } from '@testing-library/react';
import type { CreateContactInput } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { CreateContactMutation } from '../hooks/useCreateContact';
import { UpdateContactMutation } from '../hooks/useUpdateContact';
import { ContactCreatePage } from '../pages/ContactCreatePage';
import { ContactEditPage, ContactEditQuery } from '../pages/ContactEditPage';
import { contactRecord, createContactRefused, noSimilarContacts, organizationPickerMock } from './contactMocks';

// The machines that run these tests can be slow: give answers and transitions time.
configure({ asyncUtilTimeout: 4000 });

const INPUT: CreateContactInput = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  title: null,
  emails: ['ada@example'],
  phones: [],
  country: null,
  expertise: [],
  notes: null,
  consentBasis: null,
  consentDate: null,
  consentSource: null,
};

describe('ContactForm', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('shows the messages of a BAD_USER_INPUT answer beside their fields', async () => {
    const refused = createContactRefused(INPUT, {
      emails: ['each email must be a valid address, like ada@example.org'],
    });
    const { user } = renderWithProviders(<ContactCreatePage />, { mocks: [noSimilarContacts, refused] });
    await user.type(screen.getByRole('textbox', { name: 'First name' }), 'Ada');
    await user.type(screen.getByRole('textbox', { name: /Family name/ }), 'Lovelace');
    await user.type(screen.getByRole('combobox', { name: 'Email addresses' }), 'ada@example{Enter}');
    await user.click(screen.getByRole('button', { name: 'Create contact' }));

    const emails = screen.getByRole('combobox', { name: 'Email addresses' });
    await waitFor(() => expect(emails).toHaveAttribute('aria-invalid', 'true'));
    // Beside the field (its aria-describedby names the message).
    const message = screen.getByText('Each email must be a valid address, like ada@example.org');
    expect(emails.getAttribute('aria-describedby')).toContain(message.id);
    expect(screen.getByRole('textbox', { name: /Family name/ })).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Some input needs attention');
  });

  it('affiliates the new contact in the same form, and takes a known email only when told to', async () => {
    const sent: CreateContactInput[] = [];
    const create = (answer: Record<string, unknown>) => ({
      request: {
        query: CreateContactMutation,
        variables: (variables: { input: CreateContactInput }) => {
          sent.push(variables.input);
          return true;
        },
      },
      result: answer,
    });
    const known = {
      errors: [
        {
          message: 'Another contact has this email address',
          extensions: {
            code: 'BAD_USER_INPUT',
            reason: 'DUPLICATE_EMAIL',
            fields: { emails: ['Marie Sklodowska already has this email address'] },
            existingContact: { id: 'c-1', name: 'Marie Sklodowska' },
          },
        },
      ],
      data: null,
    };
    const { user } = renderWithProviders(<ContactCreatePage />, {
      mocks: [
        noSimilarContacts,
        organizationPickerMock,
        create(known),
        create({ data: { createContact: contactRecord('c-9') } }),
      ],
    });
    expect(screen.getByRole('combobox', { name: 'Role there' })).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: /Family name/ }), 'Curie');
    await user.type(screen.getByRole('combobox', { name: 'Email addresses' }), 'marie@example.org{Enter}');
    await user.type(screen.getByRole('combobox', { name: 'Organization' }), 'Curie');
    await user.click(await screen.findByRole('option', { name: /Institut Curie/, hidden: true }));
    await user.type(screen.getByRole('combobox', { name: 'Role there' }), 'Physicist');
    await user.click(screen.getByRole('button', { name: 'Create contact' }));

    expect(await screen.findByText('This email address is already known')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Marie Sklodowska' })).toHaveAttribute('href', '/contacts/c-1');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ affiliation: { organizationId: 'org-1', role: 'Physicist', primary: true } });
    expect(sent[0]!.allowDuplicateEmail).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Create anyway' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toMatchObject({ allowDuplicateEmail: true, affiliation: { organizationId: 'org-1' } });
  });

  it('asks for the family name before sending anything', async () => {
    const { user } = renderWithProviders(<ContactCreatePage />, { mocks: [noSimilarContacts] });
    await user.click(screen.getByRole('button', { name: 'Create contact' }));
    expect(screen.getByRole('textbox', { name: /Family name/ })).toHaveAccessibleDescription('Enter the family name');
  });

  it('saves changes with the version they were made on', async () => {
    const record = contactRecord('c-1', { version: 7 });
    const editQuery: MockLink.MockedResponse = {
      request: { query: ContactEditQuery, variables: { id: 'c-1' } },
      result: { data: { contact: record } },
    };
    const update: MockLink.MockedResponse = {
      request: {
        query: UpdateContactMutation,
        variables: {
          input: {
            id: 'c-1',
            version: 7,
            firstName: 'Marie',
            lastName: 'Curie',
            title: 'Professor',
            emails: ['marie@example.org'],
            phones: [],
            country: 'FR',
            expertise: [],
            notes: null,
            consentBasis: null,
            consentDate: null,
            consentSource: null,
          },
        },
      },
      result: { data: { updateContact: { ...record, version: 8, title: 'Professor' } } },
    };
    const { user } = renderWithProviders(<ContactEditPage />, {
      mocks: [editQuery, update],
      route: '/contacts/c-1/edit',
      path: '/contacts/:id/edit',
    });
    await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Professor');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Elsewhere', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(window.sessionStorage.getItem('liaison:draft:contact:c-1')).toBeNull();
  });
});
