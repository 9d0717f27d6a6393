import { configure, screen, waitFor, within } from '@testing-library/react';
import { EDITOR_SESSION, renderWithProviders } from '../../../test/renderWithProviders';
import { TagsPage } from '../pages/TagsPage';
import { TagsPageQuery, UpdateTagMutation } from '../tagOperations';

configure({ asyncUtilTimeout: 4000 });

const tag = (id: string, label: string, usage: { type: string; count: number }[], version = 1) => ({
  __typename: 'Tag' as const,
  id,
  label,
  color: '#1f77b4',
  description: null,
  version,
  usageCount: usage.reduce((sum, each) => sum + each.count, 0),
  usage: usage.map((each) => ({ __typename: 'TagUsage' as const, ...each })),
});

const list = (nodes: ReturnType<typeof tag>[]) => ({
  request: { query: TagsPageQuery, variables: {} },
  result: { data: { tags: { __typename: 'TagConnection', totalCount: nodes.length, nodes } } },
});

const PARTNER = tag('t-1', 'Partner', [
  { type: 'Organization', count: 2 },
  { type: 'Contact', count: 1 },
]);
const PILOT = tag('t-2', 'pilot', []);

describe('TagsPage', () => {
  it('lists each tag with its use counted by kind of record', async () => {
    renderWithProviders(<TagsPage />, { mocks: [list([PARTNER, PILOT])] });
    const table = await screen.findByRole('table', { name: 'Tags' });
    const partner = await within(table).findByRole('row', { name: /Partner/ });
    expect(partner).toHaveTextContent('3');
    expect(partner).toHaveTextContent('2 organizations, 1 contact');
    expect(within(table).getByRole('row', { name: /pilot/ })).toHaveTextContent('Not used');
  });

  it('renames a tag on the version shown, then asks for the list again', async () => {
    const renamed = jest.fn(() => ({
      data: {
        updateTag: { __typename: 'Tag', id: 't-1', label: 'Partners', color: '#1f77b4', description: null, version: 2 },
      },
    }));
    const { user } = renderWithProviders(<TagsPage />, {
      mocks: [
        list([PARTNER, PILOT]),
        {
          request: {
            query: UpdateTagMutation,
            variables: { input: { id: 't-1', version: 1, label: 'Partners', color: '#1f77b4', description: null } },
          },
          result: renamed,
        },
        list([{ ...PARTNER, label: 'Partners', version: 2 }, PILOT]),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Edit Partner' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit the tag Partner' });
    const label = within(dialog).getByRole('textbox', { name: 'Label' });
    await user.clear(label);
    await user.type(label, 'Partners');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(renamed).toHaveBeenCalled());
    expect(await screen.findByRole('row', { name: /Partners/ })).toBeInTheDocument();
  });

  it('offers viewers no control', async () => {
    renderWithProviders(<TagsPage />, {
      mocks: [list([PARTNER])],
      session: { ...EDITOR_SESSION, canEdit: false, user: { ...EDITOR_SESSION.user, role: 'VIEWER' } },
    });
    await screen.findByRole('row', { name: /Partner/ });
    expect(screen.queryByRole('button', { name: /^(Edit|Merge|Delete) / })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New tag' })).not.toBeInTheDocument();
  });
});
