import type { MockLink } from '@apollo/client/testing';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { NavLinks } from '../../../app/layout/NavLinks';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { CreateSavedView, MyTeams } from '../components/SaveViewDialog';
import { SavedViews } from '../components/SavedViewLinks';

configure({ asyncUtilTimeout: 4000 });

const view = (id: string, name: string, kind: string, filters: Record<string, string>, sort: string | null) => ({
  __typename: 'SavedView' as const,
  id,
  name,
  kind,
  filters,
  sort,
  columns: [] as string[],
  visibility: 'TEAM',
});

const savedViews = (nodes: ReturnType<typeof view>[]): MockLink.MockedResponse => ({
  request: { query: SavedViews },
  result: { data: { savedViews: { __typename: 'SavedViewConnection', nodes } } },
});

const teams: MockLink.MockedResponse = {
  request: { query: MyTeams },
  result: {
    data: { me: { __typename: 'User', id: 'user-1', teams: [{ __typename: 'Team', id: 'team-1', name: 'NGI-DE' }] } },
  },
};

const press = view('view-1', 'Press in Germany', 'CONTACT', { country: 'DE' }, '-updated');
const sponsors = view('view-2', 'Sponsors', 'ORGANIZATION', { kind: 'COMPANY' }, null);

describe('SavedViewLinks', () => {
  it('lists each saved view under its own list, linking to the list with its filters and sort', async () => {
    renderWithProviders(<NavLinks />, { route: '/todos', mocks: [savedViews([press, sponsors])] });
    const link = await screen.findByRole('link', { name: 'Press in Germany' });
    expect(link).toHaveAttribute('href', '/contacts?country=DE&sort=-updated');
    expect(screen.getByRole('link', { name: 'Sponsors' })).toHaveAttribute('href', '/organizations?kind=COMPANY');
    const links = screen.getAllByRole('link').map((element) => element.textContent);
    expect(links.indexOf('Press in Germany')).toBe(links.indexOf('Contacts') + 1);
    expect(links.indexOf('Sponsors')).toBe(links.indexOf('Organizations') + 1);
    expect(screen.queryByRole('button', { name: 'Save this view…' })).not.toBeInTheDocument();
  });

  it("saves the list's current view, shared with the team, and shows it at once", async () => {
    const created = view('view-3', 'Volunteers', 'CONTACT', { country: 'FR', q: 'vol' }, 'name');
    const create: MockLink.MockedResponse = {
      request: {
        query: CreateSavedView,
        variables: {
          input: {
            name: 'Volunteers',
            kind: 'CONTACT',
            filters: { country: 'FR', q: 'vol' },
            sort: 'name',
            columns: ['name', 'email'],
            visibility: 'TEAM',
            teamId: 'team-1',
          },
        },
      },
      result: { data: { createSavedView: { ...created, columns: ['name', 'email'] } } },
    };
    const { user } = renderWithProviders(<NavLinks />, {
      route: '/contacts?country=FR&q=vol&sort=name&cols=name,email&page=2',
      mocks: [savedViews([]), teams, create, savedViews([{ ...created, columns: ['name', 'email'] }])],
    });
    await user.click(await screen.findByRole('button', { name: 'Save this view…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save this view of contacts' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Volunteers');
    await user.click(within(dialog).getByText('My team'));
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: 'Team' })).toHaveValue('NGI-DE'));
    await user.click(within(dialog).getByRole('button', { name: 'Save view' }));
    const link = await screen.findByRole('link', { name: 'Volunteers' });
    expect(link).toHaveAttribute('href', '/contacts?country=FR&q=vol&sort=name&cols=name%2Cemail');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
