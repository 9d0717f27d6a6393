import type { MockLink } from '@apollo/client/testing';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { NavLinks } from '../../../app/layout/NavLinks';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { EDITOR_SESSION } from '../../../test/renderWithProviders';
import { CreateSavedView } from '../components/SaveViewDialog';
import { SharingTeams } from '../components/SharingFields';
import { SavedViews } from '../components/SavedViewLinks';
import { RenameSavedView } from '../components/RenameSavedViewDialog';
import { DeleteSavedView } from '../components/SavedViewMenu';

configure({ asyncUtilTimeout: 4000 });

const view = (
  id: string,
  name: string,
  kind: string,
  filters: Record<string, string>,
  sort: string | null,
  ownerId = 'someone-else',
) => ({
  __typename: 'SavedView' as const,
  id,
  version: 1,
  name,
  kind,
  filters,
  sort,
  columns: [] as string[],
  visibility: 'TEAM',
  owner: { __typename: 'User' as const, id: ownerId },
});

const savedViews = (nodes: ReturnType<typeof view>[]): MockLink.MockedResponse => ({
  request: { query: SavedViews },
  result: { data: { savedViews: { __typename: 'SavedViewConnection', nodes } } },
});

const teams: MockLink.MockedResponse = {
  request: { query: SharingTeams },
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

  const graphQuery = { seeds: 'org-1,org-2', depth: '2', kinds: 'CONTACT,ORGANIZATION', selected: 'org-1' };

  it('lists saved graph views under Graph, each opening the graph as it was saved', async () => {
    const consortium = view('view-4', 'EOSC consortium', 'GRAPH', { ...graphQuery, camera: '0.5,0.5,1.2' }, null);
    renderWithProviders(<NavLinks />, { route: '/todos', mocks: [savedViews([consortium, press])] });
    const link = await screen.findByRole('link', { name: 'EOSC consortium' });
    const href = new URL(link.getAttribute('href')!, 'http://x');
    expect(href.pathname).toBe('/graph');
    expect(Object.fromEntries(href.searchParams)).toEqual({ ...graphQuery, camera: '0.5,0.5,1.2' });
    const links = screen.getAllByRole('link').map((element) => element.textContent);
    expect(links.indexOf('EOSC consortium')).toBe(links.indexOf('Graph') + 1);
  });

  it('saves the whole graph view, seeds, filters, selection and camera, privately', async () => {
    const search = '?seeds=org-1%2Corg-2&depth=2&kinds=CONTACT%2CORGANIZATION&selected=org-1&camera=0.5%2C0.5%2C1.2';
    const filters = { ...graphQuery, camera: '0.5,0.5,1.2' };
    const created = view('view-5', 'Consortium', 'GRAPH', filters, null, 'user-1');
    const create: MockLink.MockedResponse = {
      request: {
        query: CreateSavedView,
        variables: {
          input: {
            name: 'Consortium',
            kind: 'GRAPH',
            filters,
            sort: null,
            columns: [],
            visibility: 'PRIVATE',
            teamId: null,
          },
        },
      },
      result: { data: { createSavedView: { ...created, visibility: 'PRIVATE' } } },
    };
    const { user } = renderWithProviders(<NavLinks />, {
      route: `/graph${search}`,
      mocks: [savedViews([]), teams, create, savedViews([created])],
    });
    await user.click(await screen.findByRole('button', { name: 'Save this view…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save this view of the graph' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Consortium');
    await user.click(within(dialog).getByRole('button', { name: 'Save view' }));
    const link = await screen.findByRole('link', { name: 'Consortium' });
    expect(link.getAttribute('href')).toMatch(/^\/graph\?/);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('offers Rename and Delete to an editor on the views they own only', async () => {
    const mine = view('view-6', 'Mine', 'CONTACT', {}, null, EDITOR_SESSION.user.id);
    renderWithProviders(<NavLinks />, { route: '/todos', mocks: [savedViews([mine, press])] });
    expect(await screen.findByRole('button', { name: 'Change Mine' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Press in Germany' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Change Press in Germany' })).not.toBeInTheDocument();
  });

  it('lets an admin rename a view of someone else', async () => {
    const admin = { ...EDITOR_SESSION, isAdmin: true, user: { ...EDITOR_SESSION.user, role: 'ADMIN' as const } };
    const rename: MockLink.MockedResponse = {
      request: { query: RenameSavedView, variables: { input: { id: 'view-1', version: 1, name: 'Press DE' } } },
      result: { data: { updateSavedView: { __typename: 'SavedView', id: 'view-1', version: 2, name: 'Press DE' } } },
    };
    const renamed = { ...press, version: 2, name: 'Press DE' };
    const { user } = renderWithProviders(<NavLinks />, {
      route: '/todos',
      session: admin,
      mocks: [savedViews([press]), rename, savedViews([renamed])],
    });
    await user.click(await screen.findByRole('button', { name: 'Change Press in Germany' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Rename…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rename “Press in Germany”' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Press DE');
    await user.click(within(dialog).getByRole('button', { name: 'Rename' }));
    expect(await screen.findByRole('link', { name: 'Press DE' })).toHaveAttribute(
      'href',
      '/contacts?country=DE&sort=-updated',
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('moves an own view to the trash and drops it from the navigation', async () => {
    const mine = view('view-7', 'Old list', 'ORGANIZATION', {}, null, EDITOR_SESSION.user.id);
    const remove: MockLink.MockedResponse = {
      request: { query: DeleteSavedView, variables: { input: { id: 'view-7', version: 1 } } },
      result: {
        data: { deleteSavedView: { __typename: 'SavedView', id: 'view-7', deletedAt: '2026-12-05T07:00:00.000Z' } },
      },
    };
    const { user } = renderWithProviders(<NavLinks />, {
      route: '/todos',
      mocks: [savedViews([mine, sponsors]), remove, savedViews([sponsors])],
    });
    await user.click(await screen.findByRole('button', { name: 'Change Old list' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Delete' }));
    expect(await screen.findByText('“Old list” was moved to the trash.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Old list' })).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'Sponsors' })).toBeInTheDocument();
  });
});
