import { screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { CreateDocumentMutation } from '../hooks/useCreateDocument';
import { UpdateDocumentMutation } from '../hooks/useUpdateDocument';
import { DocumentCreatePage } from '../pages/DocumentCreatePage';
import { DocumentEditPage, DocumentEditQuery } from '../pages/DocumentEditPage';

// The Markdown renderer is an ES module chain that the component tests do not compile; the
// end-to-end test checks the real rendering. Here the preview shows what it was given.
jest.mock('../components/MarkdownView', () => ({
  MarkdownView: ({ children }: { children: ReactNode }) => <div data-testid="rendered-markdown">{children}</div>,
}));

const ID = 'b6b1f7c2-2f6e-4a8a-9d1e-2b8c0d7e5a01';
const BODY = '# Kick-off\n\n- agree on the plan';

function documentRecord(version: number, title: string, body = BODY) {
  return {
    __typename: 'Document' as const,
    id: ID,
    version,
    title,
    kind: 'MINUTES' as const,
    visibility: 'EVERYONE' as const,
    body,
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

describe('DocumentForm', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('writes Markdown, previews it, and shows the server’s messages beside the fields', async () => {
    const refused = {
      request: {
        query: CreateDocumentMutation,
        variables: {
          input: { title: 'Kick-off meeting', kind: 'MINUTES', visibility: 'EVERYONE', body: BODY },
        },
      },
      result: {
        errors: [
          {
            message: 'The input is not valid',
            extensions: { code: 'BAD_USER_INPUT', fields: { title: ['title is already used by another document'] } },
          },
        ],
        data: null,
      },
    };
    const { user } = renderWithProviders(<DocumentCreatePage />, { mocks: [refused] });

    await user.type(screen.getByRole('textbox', { name: /Title/ }), 'Kick-off meeting');
    const text = screen.getByRole('textbox', { name: 'Text' });
    // Typed as a user would: "{" and "[" are key descriptors for user-event, none are in BODY.
    await user.type(text, BODY);
    expect(text).toHaveValue(BODY);

    await user.click(screen.getByRole('tab', { name: 'Preview' }));
    expect(await screen.findByTestId('rendered-markdown')).toHaveTextContent('# Kick-off');

    await user.click(screen.getByRole('button', { name: 'Create document' }));
    const title = screen.getByRole('textbox', { name: /Title/ });
    await waitFor(() => expect(title).toHaveAttribute('aria-invalid', 'true'));
    expect(title).toHaveAccessibleDescription('Is already used by another document');
    expect(screen.getByRole('alert')).toHaveTextContent('Title: is already used by another document');
    // Nothing typed is lost.
    await user.click(screen.getByRole('tab', { name: 'Write' }));
    expect(screen.getByRole('textbox', { name: 'Text' })).toHaveValue(BODY);
  });

  it('asks for a title before sending anything, and keeps the input as a draft', async () => {
    const first = renderWithProviders(<DocumentCreatePage />);
    await first.user.type(screen.getByRole('textbox', { name: 'Text' }), 'Notes so far');
    await first.user.click(screen.getByRole('button', { name: 'Create document' }));
    expect(screen.getByRole('textbox', { name: /Title/ })).toHaveAccessibleDescription('Enter a title');
    first.unmount();

    renderWithProviders(<DocumentCreatePage />);
    expect(screen.getByText('Your unsaved input was restored')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Text' })).toHaveValue('Notes so far');
  });

  it('on a CONFLICT shows their text beside yours, and re-applies yours on their version', async () => {
    const edit = (version: number, title: string) => ({
      request: { query: DocumentEditQuery, variables: { id: ID } },
      result: { data: { document: documentRecord(version, title) } },
    });
    const update = (version: number) => ({
      request: {
        query: UpdateDocumentMutation,
        variables: (variables: { input: { version: number; title: string; body: string } }) =>
          variables.input.version === version &&
          variables.input.title === 'Kick-off (agreed)' &&
          variables.input.body === `${BODY}\n- sign`,
      },
    });
    const mocks = [
      edit(2, 'Kick-off'),
      {
        ...update(2),
        result: { errors: [{ message: 'Document changed', extensions: { code: 'CONFLICT' } }], data: null },
      },
      edit(3, 'Kick-off meeting, 3 March'),
      { ...update(3), result: { data: { updateDocument: documentRecord(4, 'Kick-off (agreed)') } } },
    ];
    const { user } = renderWithProviders(<DocumentEditPage />, {
      mocks,
      route: `/documents/${ID}/edit`,
      path: '/documents/:id/edit',
    });

    const title = await screen.findByRole('textbox', { name: /Title/ });
    await user.clear(title);
    await user.type(title, 'Kick-off (agreed)');
    await user.type(screen.getByRole('textbox', { name: 'Text' }), '\n- sign');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this meanwhile' });
    const row = within(dialog).getByRole('row', { name: /^Title/ });
    expect(row).toHaveTextContent('Kick-off meeting, 3 March');
    expect(row).toHaveTextContent('Kick-off (agreed)');
    expect(within(dialog).getByRole('row', { name: /^Text/ })).toHaveTextContent('- sign');
    await user.click(within(dialog).getByRole('button', { name: 'Re-apply my edits' }));

    expect(await screen.findByText('Elsewhere', {}, { timeout: 5000 })).toBeInTheDocument();
  });
});
