import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createTeam, createUser } from '../../../test/factories';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';
import { kindsWith } from '../registry/record-registry';
import { kindName } from '../shared/record-kind';
import { SAVED_VIEW_KINDS } from './saved-view.entity';

type Who = 'owner' | 'mate' | 'reader' | 'outsider' | 'admin';
type Name = 'everyone' | 'team' | 'private' | 'otherTeam';

const CREATE = `mutation($input: CreateSavedViewInput!) {
  createSavedView(input: $input) { id version name kind filters sort columns visibility owner { id } team { id } }
}`;
const LIST = `query($filter: SavedViewFilter) { savedViews(filter: $filter, first: 50) { totalCount nodes { id name } } }`;
const ONE = `query($id: ID!) { savedView(id: $id) { id name } }`;
const HISTORY = `query($id: ID!) { history(recordId: $id, first: 10) { totalCount } }`;

describe('saved views', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  const tokens = {} as Record<Who, string>;
  const ids = {} as Record<Name, string>;
  let ownerId: string;
  let teamAId: string;

  const SEES: Record<Who, Name[]> = {
    owner: ['everyone', 'private', 'team'],
    mate: ['everyone', 'team'],
    reader: ['everyone', 'team'],
    outsider: ['everyone', 'otherTeam'],
    admin: ['everyone', 'otherTeam', 'private', 'team'],
  };
  const nameOf = (id: string) => (Object.keys(ids) as Name[]).find((name) => ids[name] === id);

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    const teamA = await createTeam(db.dataSource);
    const teamB = await createTeam(db.dataSource);
    teamAId = teamA.id;
    const owner = await createUser(db.dataSource, { role: 'editor', teamIds: [teamA.id] });
    ownerId = owner.user.id;
    tokens.owner = owner.token;
    tokens.mate = (await createUser(db.dataSource, { role: 'editor', teamIds: [teamA.id] })).token;
    tokens.reader = (await createUser(db.dataSource, { role: 'viewer', teamIds: [teamA.id] })).token;
    tokens.outsider = (await createUser(db.dataSource, { role: 'editor', teamIds: [teamB.id] })).token;
    tokens.admin = (await createUser(db.dataSource, { role: 'admin' })).token;
    const make = async (name: Name, visibility: string, teamId: string | null, token: string) => {
      const input = { name: `Press ${name}`, kind: 'CONTACT', filters: { country: 'DE' }, visibility, teamId };
      ids[name] = (await ok<{ createSavedView: { id: string } }>(url, token, CREATE, { input })).createSavedView.id;
    };
    await make('everyone', 'EVERYONE', null, tokens.owner);
    await make('team', 'TEAM', teamA.id, tokens.owner);
    await make('private', 'PRIVATE', null, tokens.owner);
    await make('otherTeam', 'TEAM', teamB.id, tokens.outsider);
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  it('should offer a view of the list of every owned, tagged kind of record, as the registry lists them, and of the graph', () => {
    const lists = kindsWith('owned').filter((kind) => kind.taggable);
    expect([...SAVED_VIEW_KINDS]).toEqual([...lists.map(kindName), 'graph']);
  });

  it('should save a view private to its creator, with its filters, sort and columns', async () => {
    const data = await ok<{ createSavedView: Record<string, unknown> }>(url, tokens.owner, CREATE, {
      input: { name: 'Sponsors', kind: 'ORGANIZATION', filters: { tag: ['x'] }, sort: 'name:desc', columns: ['name'] },
    });
    expect(data.createSavedView).toMatchObject({
      name: 'Sponsors',
      kind: 'ORGANIZATION',
      filters: { tag: ['x'] },
      sort: 'name:desc',
      columns: ['name'],
      visibility: 'PRIVATE',
      owner: { id: ownerId },
      team: null,
    });
  });

  it.each(Object.entries(SEES) as [Who, Name[]][])(
    'should show %s exactly the views shared with them, in lists, by id and in the history',
    async (who, sees) => {
      const list = await ok<{ savedViews: { totalCount: number; nodes: { id: string }[] } }>(url, tokens[who], LIST, {
        filter: { kind: 'CONTACT' },
      });
      expect(list.savedViews.nodes.map((node) => nameOf(node.id)).sort()).toEqual(sees);
      expect(list.savedViews.totalCount).toBe(sees.length);
      for (const name of Object.keys(ids) as Name[]) {
        const one = await ok<{ savedView: { id: string } | null }>(url, tokens[who], ONE, { id: ids[name] });
        expect([name, Boolean(one.savedView)]).toEqual([name, sees.includes(name)]);
        const history = await ok<{ history: { totalCount: number } }>(url, tokens[who], HISTORY, { id: ids[name] });
        expect([name, history.history.totalCount > 0]).toEqual([name, sees.includes(name)]);
      }
    },
  );

  it('should let only its owner or an admin rename a shared view, and refuse the team, viewers and other teams', async () => {
    const update = `mutation($input: UpdateSavedViewInput!) { updateSavedView(input: $input) { name version } }`;
    const renamed = await ok<{ updateSavedView: { name: string; version: number } }>(url, tokens.owner, update, {
      input: { id: ids.team, version: 1, name: 'Press (team)' },
    });
    expect(renamed.updateSavedView).toEqual({ name: 'Press (team)', version: 2 });
    for (const who of ['mate', 'reader'] as const) {
      const refused = await failure(url, tokens[who], update, { input: { id: ids.team, version: 2, name: 'No' } });
      expect([who, refused.code]).toEqual([who, 'FORBIDDEN']);
    }
    const everyone = await failure(url, tokens.outsider, update, {
      input: { id: ids.everyone, version: 1, name: 'No' },
    });
    expect(everyone.code).toBe('FORBIDDEN');
    const hidden = await failure(url, tokens.outsider, update, { input: { id: ids.private, version: 1, name: 'No' } });
    expect(hidden.code).toBe('NOT_FOUND');
    const stale = await failure(url, tokens.owner, update, { input: { id: ids.team, version: 1, name: 'Old' } });
    expect(stale.code).toBe('CONFLICT');
    const byAdmin = await ok<{ updateSavedView: { name: string } }>(url, tokens.admin, update, {
      input: { id: ids.team, version: 2, name: 'Press (renamed by admin)' },
    });
    expect(byAdmin.updateSavedView.name).toBe('Press (renamed by admin)');
    const kept = await ok<{ savedView: { name: string } }>(url, tokens.mate, ONE, { id: ids.team });
    expect(kept.savedView.name).toBe('Press (renamed by admin)');
  });

  it('should refuse bad input field by field, and keep nothing of it', async () => {
    const blank = await failure(url, tokens.owner, CREATE, { input: { name: ' ', kind: 'NEED' } });
    expect(blank.code).toBe('BAD_USER_INPUT');
    const noTeam = await failure(url, tokens.owner, CREATE, { input: { name: 'T', kind: 'NEED', visibility: 'TEAM' } });
    expect([noTeam.code, noTeam.extensions.fields]).toEqual(['BAD_USER_INPUT', { teamId: [expect.any(String)] }]);
    const otherTeam = await failure(url, tokens.mate, CREATE, {
      input: { name: 'T', kind: 'NEED', visibility: 'TEAM', teamId: '00000000-0000-4000-8000-000000000000' },
    });
    expect([otherTeam.code, otherTeam.extensions.fields]).toEqual(['BAD_USER_INPUT', { teamId: [expect.any(String)] }]);
    const huge = await failure(url, tokens.owner, CREATE, {
      input: { name: 'Huge', kind: 'NEED', filters: { text: 'x'.repeat(20_000) } },
    });
    expect([huge.code, huge.extensions.fields]).toEqual(['BAD_USER_INPUT', { filters: [expect.any(String)] }]);
    const needs = await ok<{ savedViews: { totalCount: number } }>(url, tokens.admin, LIST, {
      filter: { kind: 'NEED' },
    });
    expect(needs.savedViews.totalCount).toBe(0);
    expect((await failure(url, tokens.reader, CREATE, { input: { name: 'Mine', kind: 'NEED' } })).code).toBe(
      'FORBIDDEN',
    );
  });

  it('should trash and restore a view, and let only its owner or an admin do so', async () => {
    const created = await ok<{ createSavedView: { id: string } }>(url, tokens.owner, CREATE, {
      input: { name: 'Volunteers', kind: 'CONTACT', visibility: 'TEAM', teamId: teamAId },
    });
    const id = created.createSavedView.id;
    const remove = `mutation($input: DeleteRecordInput!) { deleteSavedView(input: $input) { id deletedAt } }`;
    const restore = `mutation($input: RestoreRecordInput!) { restoreSavedView(input: $input) { id deletedAt } }`;
    expect((await failure(url, tokens.outsider, remove, { input: { id } })).code).toBe('NOT_FOUND');
    expect((await failure(url, tokens.mate, remove, { input: { id } })).code).toBe('FORBIDDEN');
    expect((await failure(url, tokens.reader, remove, { input: { id } })).code).toBe('FORBIDDEN');
    expect((await ok<{ savedView: unknown }>(url, tokens.mate, ONE, { id })).savedView).toEqual({
      id,
      name: 'Volunteers',
    });
    await ok(url, tokens.owner, remove, { input: { id } });
    expect((await ok<{ savedView: unknown }>(url, tokens.owner, ONE, { id })).savedView).toBeNull();
    expect((await ok<{ savedView: unknown }>(url, tokens.mate, ONE, { id })).savedView).toBeNull();
    expect((await failure(url, tokens.mate, restore, { input: { id } })).code).toBe('FORBIDDEN');
    const back = await ok<{ restoreSavedView: { deletedAt: string | null } }>(url, tokens.owner, restore, {
      input: { id },
    });
    expect(back.restoreSavedView.deletedAt).toBeNull();
    await ok(url, tokens.admin, remove, { input: { id } });
    expect((await ok<{ savedView: unknown }>(url, tokens.owner, ONE, { id })).savedView).toBeNull();
  });

  describe('of the graph', () => {
    const graphQuery = { seeds: 'a,b', depth: '2', kinds: 'CONTACT,ORGANIZATION', selected: 'a', camera: '0.5,0.5,1' };
    const graphIds = {} as Record<'everyone' | 'team' | 'private', string>;

    beforeAll(async () => {
      for (const [name, visibility] of [
        ['everyone', 'EVERYONE'],
        ['team', 'TEAM'],
        ['private', 'PRIVATE'],
      ] as const) {
        const input = {
          name: `Consortium ${name}`,
          kind: 'GRAPH',
          filters: graphQuery,
          visibility,
          teamId: visibility === 'TEAM' ? teamAId : null,
        };
        const created = await ok<{ createSavedView: { id: string; kind: string; filters: unknown } }>(
          url,
          tokens.owner,
          CREATE,
          { input },
        );
        expect(created.createSavedView).toMatchObject({ kind: 'GRAPH', filters: graphQuery });
        graphIds[name] = created.createSavedView.id;
      }
    });

    it.each([
      ['owner', ['everyone', 'private', 'team']],
      ['mate', ['everyone', 'team']],
      ['reader', ['everyone', 'team']],
      ['outsider', ['everyone']],
      ['admin', ['everyone', 'private', 'team']],
    ] as [Who, string[]][])(
      'should list to %s exactly the graph views shared with them, and no list view',
      async (who, sees) => {
        const list = await ok<{ savedViews: { nodes: { id: string; name: string }[] } }>(url, tokens[who], LIST, {
          filter: { kind: 'GRAPH' },
        });
        const names = list.savedViews.nodes.map((node) => node.name);
        expect(names).toEqual(sees.map((name) => `Consortium ${name}`).sort());
        for (const name of ['everyone', 'team', 'private'] as const) {
          const one = await ok<{ savedView: { id: string } | null }>(url, tokens[who], ONE, { id: graphIds[name] });
          expect([name, Boolean(one.savedView)]).toEqual([name, sees.includes(name)]);
        }
      },
    );

    it('should keep graph views out of the lists’ views', async () => {
      const contacts = await ok<{ savedViews: { nodes: { name: string }[] } }>(url, tokens.admin, LIST, {
        filter: { kind: 'CONTACT' },
      });
      expect(contacts.savedViews.nodes.map((node) => node.name)).not.toContain('Consortium everyone');
    });
  });
});
