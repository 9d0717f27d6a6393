import { screen, waitFor, within } from '@testing-library/react';
import { EDITOR_SESSION, renderWithProviders } from '../../../test/renderWithProviders';
import { ContactCountryCell, ContactFieldsNowQuery, ContactTitleCell } from '../components/ContactFieldCell';
import { SetContactFieldMutation } from '../hooks/useSetContactField';

const ANA = { id: 'c-1', name: 'Ana Lopez', version: 3, title: 'Engineer', country: 'ES' };

const saved = (version: number, patch: Record<string, unknown>, result: () => Record<string, unknown>) => ({
  request: { query: SetContactFieldMutation, variables: { input: { id: 'c-1', version, ...patch } } },
  result,
});
const answer = (version: number, fields: { title?: string | null; country?: string }) => () => ({
  data: {
    updateContact: {
      __typename: 'Contact',
      id: 'c-1',
      version,
      title: 'title' in fields ? fields.title : ANA.title,
      country: fields.country ?? ANA.country,
      updatedAt: '2026-12-06T00:00:00.000Z',
    },
  },
});
const CONFLICT = () => ({
  errors: [{ message: 'Contact c-1 was changed by someone else', extensions: { code: 'CONFLICT' } }],
  data: null,
});
const now = (version: number, title: string) => ({
  request: { query: ContactFieldsNowQuery, variables: { id: 'c-1' } },
  result: { data: { contact: { __typename: 'Contact', id: 'c-1', version, title, country: 'ES' } } },
});

describe('ContactTitleCell', () => {
  it('saves the typed title on Enter, on the version the row shows', async () => {
    const done = jest.fn(answer(4, { title: 'Lead engineer' }));
    const { user } = renderWithProviders(<ContactTitleCell contact={ANA} />, {
      mocks: [saved(3, { title: 'Lead engineer' }, done)],
    });
    const input = screen.getByRole('textbox', { name: 'Title of Ana Lopez' });
    await user.clear(input);
    await user.type(input, 'Lead engineer{Enter}');
    await waitFor(() => expect(done).toHaveBeenCalled());
    await waitFor(() => expect(input).not.toHaveAttribute('readonly'));
    expect(screen.queryByRole('button', { name: /Not saved/ })).not.toBeInTheDocument();
  });

  it('saves an emptied title as none when the field is left', async () => {
    const done = jest.fn(answer(4, { title: null }));
    const { user } = renderWithProviders(
      <>
        <ContactTitleCell contact={ANA} />
        <button type="button">elsewhere</button>
      </>,
      { mocks: [saved(3, { title: null }, done)] },
    );
    await user.clear(screen.getByRole('textbox', { name: 'Title of Ana Lopez' }));
    await user.tab();
    await waitFor(() => expect(done).toHaveBeenCalled());
  });

  it('puts the saved title back on Escape and sends nothing', async () => {
    const { user } = renderWithProviders(<ContactTitleCell contact={ANA} />, { mocks: [] });
    const input = screen.getByRole('textbox', { name: 'Title of Ana Lopez' });
    await user.type(input, ' and more{Escape}');
    expect(input).toHaveValue('Engineer');
    await user.tab();
    expect(screen.queryByText(/error/i)).not.toBeInTheDocument();
  });

  it('on a conflict shows their title in the row and keeps the typed one in the comparison', async () => {
    const reapplied = jest.fn(answer(6, { title: 'Lead engineer' }));
    const { user } = renderWithProviders(<ContactTitleCell contact={ANA} />, {
      mocks: [
        saved(3, { title: 'Lead engineer' }, CONFLICT),
        now(5, 'Manager'),
        saved(5, { title: 'Lead engineer' }, reapplied),
      ],
    });
    const input = screen.getByRole('textbox', { name: 'Title of Ana Lopez' });
    await user.clear(input);
    await user.type(input, 'Lead engineer{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this meanwhile' });
    const row = within(dialog).getByRole('row', { name: /Title/ });
    expect(row).toHaveTextContent('Engineer');
    expect(row).toHaveTextContent('Manager');
    expect(row).toHaveTextContent('Lead engineer');
    // Closing the dialog keeps the typed title waiting, marked in the row.
    await user.click(within(dialog).getByRole('button', { name: 'Close, keeping my input' }));
    await user.click(screen.getByRole('button', { name: 'Not saved: review the title of Ana Lopez' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Someone else changed this meanwhile' })).getByRole('button', {
        name: 'Re-apply my edits',
      }),
    );
    await waitFor(() => expect(reapplied).toHaveBeenCalled());
    await waitFor(() => expect(screen.queryByRole('button', { name: /Not saved/ })).not.toBeInTheDocument());
  });

  it('keeps the typed title when the server refuses it for another reason', async () => {
    const refused = () => ({ errors: [{ message: 'Not allowed', extensions: { code: 'FORBIDDEN' } }], data: null });
    const { user } = renderWithProviders(<ContactTitleCell contact={ANA} />, {
      mocks: [saved(3, { title: 'Lead engineer' }, refused)],
    });
    const input = screen.getByRole('textbox', { name: 'Title of Ana Lopez' });
    await user.clear(input);
    await user.type(input, 'Lead engineer{Enter}');
    expect(await screen.findByText('Not allowed')).toBeInTheDocument();
    expect(input).toHaveValue('Lead engineer');
  });

  it('shows viewers the title only', () => {
    renderWithProviders(<ContactTitleCell contact={ANA} />, {
      session: { ...EDITOR_SESSION, canEdit: false, user: { ...EDITOR_SESSION.user, role: 'VIEWER' } },
    });
    expect(screen.getByText('Engineer')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });
});

describe('ContactCountryCell', () => {
  it('finds a country by typing its name and saves its code', async () => {
    const done = jest.fn(answer(4, { country: 'PT' }));
    const { user } = renderWithProviders(<ContactCountryCell contact={ANA} />, {
      mocks: [saved(3, { country: 'PT' }, done)],
    });
    const select = screen.getByRole('combobox', { name: 'Country of Ana Lopez' });
    expect(select).toHaveValue('Spain');
    await user.clear(select);
    await user.type(select, 'Portu');
    await user.click(await screen.findByRole('option', { name: 'Portugal', hidden: true }));
    await waitFor(() => expect(done).toHaveBeenCalled());
  });
});
