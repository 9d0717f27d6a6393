import { ModalsProvider } from '@mantine/modals';
import { screen, waitFor, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { apiTokenStatus, expiryOf } from '../components/apiTokenStatus';
import { ApiTokensSection } from '../components/ApiTokensSection';
import { CreateApiTokenMutation, MyApiTokensQuery, RevokeApiTokenMutation } from '../settingsOperations';

const SECRET = 'lsn_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const DAY = 24 * 60 * 60 * 1000;

function token(id: string, name: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'ApiToken',
    id,
    name,
    prefix: 'lsn_abcd',
    scope: 'READ',
    createdAt: '2026-11-01T10:00:00.000Z',
    lastUsedAt: null,
    expiresAt: null,
    revokedAt: null,
    ...extra,
  };
}

const listed = (tokens: unknown[]) => ({
  request: { query: MyApiTokensQuery },
  result: { data: { myApiTokens: tokens } },
});

describe('ApiTokensSection', () => {
  it('creates a write token with an expiry and shows its secret once, with a copy button', async () => {
    const created = token('t-2', 'Nightly export', {
      scope: 'WRITE',
      expiresAt: new Date(Date.now() + 30 * DAY).toISOString(),
    });
    const { user } = renderWithProviders(
      <ModalsProvider>
        <ApiTokensSection />
      </ModalsProvider>,
      {
        mocks: [
          listed([]),
          {
            request: {
              query: CreateApiTokenMutation,
              variables: (variables: { input: { name: string; scope: string; expiresAt: string } }) =>
                variables.input.name === 'Nightly export' &&
                variables.input.scope === 'WRITE' &&
                Math.abs(new Date(variables.input.expiresAt).getTime() - (Date.now() + 30 * DAY)) < 60_000,
            },
            result: {
              data: {
                createApiToken: {
                  __typename: 'IssuedApiToken',
                  secret: SECRET,
                  token: { __typename: 'ApiToken', id: 't-2', name: 'Nightly export' },
                },
              },
            },
          },
          listed([created]),
        ],
      },
    );
    expect(await screen.findByText(/No tokens yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New token' }));
    const dialog = await screen.findByRole('dialog', { name: 'New API token' });
    await user.type(within(dialog).getByRole('textbox', { name: /What is it for/ }), 'Nightly export');
    await user.click(within(dialog).getByText('Read and write'));
    await user.click(within(dialog).getByRole('combobox', { name: 'Expires' }));
    await user.click(await screen.findByRole('option', { name: 'In 30 days' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }));

    expect(await screen.findByTestId('issued-token-secret')).toHaveTextContent(SECRET);
    expect(screen.getByText(/only time it is shown/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy secret' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Your API tokens' });
    expect(within(table).getByText('Nightly export')).toBeInTheDocument();
    expect(within(table).getByText('Read and write')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'I have copied it' }));
    expect(screen.queryByText(SECRET)).not.toBeInTheDocument();
  });

  it('refuses a token without a name before asking the server', async () => {
    const { user } = renderWithProviders(<ApiTokensSection />, { mocks: [listed([])] });
    await user.click(await screen.findByRole('button', { name: 'New token' }));
    const dialog = await screen.findByRole('dialog', { name: 'New API token' });
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }));
    expect(await within(dialog).findByText('Say what the token is for')).toBeInTheDocument();
  });

  it('revokes a token after confirmation and marks it', async () => {
    const { user } = renderWithProviders(
      <ModalsProvider>
        <ApiTokensSection />
      </ModalsProvider>,
      {
        mocks: [
          listed([
            token('t-1', 'Old script', { lastUsedAt: '2026-11-20T08:30:00.000Z' }),
            token('t-0', 'Gone', { revokedAt: '2026-11-02T00:00:00.000Z' }),
          ]),
          {
            request: { query: RevokeApiTokenMutation, variables: { input: { id: 't-1' } } },
            result: {
              data: { revokeApiToken: { __typename: 'ApiToken', id: 't-1', revokedAt: '2026-12-01T00:00:00.000Z' } },
            },
          },
        ],
      },
    );
    const table = await screen.findByRole('table', { name: 'Your API tokens' });
    expect(within(table).getAllByRole('button', { name: /Revoke/ })).toHaveLength(1);
    expect(within(table).getByText('Revoked')).toBeInTheDocument();
    await user.click(within(table).getByRole('button', { name: 'Revoke Old script' }));
    const confirm = await screen.findByRole('dialog', { name: 'Revoke “Old script”?' });
    await user.click(within(confirm).getByRole('button', { name: 'Revoke token' }));
    await waitFor(() => expect(within(table).getAllByText('Revoked')).toHaveLength(2));
    expect(within(table).queryByRole('button', { name: /Revoke/ })).not.toBeInTheDocument();
  });
});

describe('apiTokenStatus and expiryOf', () => {
  it('tells revoked, expired and active tokens apart', () => {
    const now = Date.parse('2026-12-01T00:00:00Z');
    expect(apiTokenStatus({ revokedAt: '2026-11-01T00:00:00Z', expiresAt: null }, now)).toBe('revoked');
    expect(apiTokenStatus({ expiresAt: '2026-11-30T23:59:59Z' }, now)).toBe('expired');
    expect(apiTokenStatus({ expiresAt: '2026-12-02T00:00:00Z' }, now)).toBe('active');
    expect(apiTokenStatus({}, now)).toBe('active');
  });

  it('turns a choice into a moment, or never', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    expect(expiryOf('7', now)).toBe('2026-12-08T00:00:00.000Z');
    expect(expiryOf('never', now)).toBeNull();
  });
});
