import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor } from '@testing-library/react';
import type { CreateContactInput } from '../../../generated/graphql';
import { CreateContactDocument } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { NewPersonForm } from '../components/NewPersonForm';

const ORGANIZATION = { id: 'org-1', name: 'Institut Curie' };

const isAda = (input: CreateContactInput) =>
  input.firstName === 'Ada King' &&
  input.lastName === 'Lovelace' &&
  JSON.stringify(input.emails) === JSON.stringify(['ada@example.org']) &&
  input.affiliation?.organizationId === 'org-1';

function renderForm(mocks: MockLink.MockedResponse[]) {
  const onClose = jest.fn();
  const rendered = renderWithProviders(
    <NewPersonForm organization={ORGANIZATION} typed="Ada King Lovelace" onClose={onClose} onUseExisting={jest.fn()} />,
    { mocks },
  );
  return { ...rendered, onClose };
}

describe('NewPersonForm', () => {
  it('splits the typed name, and asks for the family name before sending anything', async () => {
    const { user, onClose } = renderForm([]);
    expect(screen.getByRole('textbox', { name: 'First name' })).toHaveValue('Ada King');
    const lastName = screen.getByRole('textbox', { name: /Family name/ });
    expect(lastName).toHaveValue('Lovelace');
    await user.clear(lastName);
    await user.click(screen.getByRole('button', { name: 'Create and affiliate' }));
    expect(lastName).toHaveAccessibleDescription('Enter the family name');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('on a known email address offers to create anyway, and shows the next refusal beside the email', async () => {
    const duplicate: MockLink.MockedResponse = {
      request: {
        query: CreateContactDocument,
        variables: (variables: { input: CreateContactInput }) =>
          isAda(variables.input) && !variables.input.allowDuplicateEmail,
      },
      result: {
        errors: [
          {
            message: 'Another contact has this email address',
            extensions: {
              code: 'BAD_USER_INPUT',
              reason: 'DUPLICATE_EMAIL',
              existingContact: { id: 'c-7', name: 'Augusta Ada King' },
              fields: { emails: ['emails: Augusta Ada King has ada@example.org'] },
            },
          },
        ],
        data: null,
      },
    };
    const refused: MockLink.MockedResponse = {
      request: {
        query: CreateContactDocument,
        variables: (variables: { input: CreateContactInput }) =>
          isAda(variables.input) && variables.input.allowDuplicateEmail === true,
      },
      result: {
        errors: [
          {
            message: 'The input is not valid',
            extensions: { code: 'BAD_USER_INPUT', fields: { emails: ['emails must be shorter than 320 characters'] } },
          },
        ],
        data: null,
      },
    };
    const { user, onClose } = renderForm([duplicate, refused]);
    const email = screen.getByRole('textbox', { name: 'Email' });
    await user.type(email, 'ada@example.org');
    await user.click(screen.getByRole('button', { name: 'Create and affiliate' }));

    expect(await screen.findByText('Augusta Ada King')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create anyway' }));

    await waitFor(() => expect(email).toHaveAccessibleDescription(/Must be shorter than 320 characters/));
    expect(screen.getByRole('alert')).toHaveTextContent('Email: must be shorter than 320 characters');
    expect(onClose).not.toHaveBeenCalled();
  });
});
