import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';
import { TokenScope } from '../token/api-token.entity';

const CREATE = `mutation($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { id name kind country version createdBy { name } owner { name } }
}`;
const UPDATE = `mutation($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) { id name city version updatedBy { name } }
}`;

describe('organizations over /graphql', () => {
  let db: TestDatabase;
  let server: TestServer;
  let editor: string;
  let viewer: string;
  let url: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    editor = (await createUser(db.dataSource, { role: 'editor', name: 'Eda Editor' })).token;
    viewer = (await createUser(db.dataSource, { role: 'viewer' })).token;
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  const create = async (input: Record<string, unknown>) =>
    (await ok<{ createOrganization: { id: string; version: number } }>(url, editor, CREATE, { input }))
      .createOrganization;

  it('should create an organization, owned by its creator, and record the change', async () => {
    const created = await ok<{ createOrganization: Record<string, unknown> }>(url, editor, CREATE, {
      input: { name: 'Karlsruhe Institute of Technology', kind: 'UNIVERSITY', country: 'DE' },
    });
    expect(created.createOrganization).toMatchObject({
      name: 'Karlsruhe Institute of Technology',
      kind: 'UNIVERSITY',
      country: 'DE',
      version: 1,
      createdBy: { name: 'Eda Editor' },
      owner: { name: 'Eda Editor' },
    });
    const [change] = await db.dataSource.query(`SELECT action, diff FROM changes WHERE record_id = $1`, [
      created.createOrganization.id,
    ]);
    expect(change.action).toBe('create');
    expect(change.diff.name).toEqual({ before: null, after: 'Karlsruhe Institute of Technology' });
  });

  it('should refuse bad input with per-field messages and write nothing', async () => {
    const before = await db.dataSource.query(`SELECT count(*)::int AS n FROM organizations`);
    const error = await failure(url, editor, CREATE, {
      input: { name: ' ', kind: 'UNIVERSITY', country: 'germany', website: 'ftp://x' },
    });
    expect(error.code).toBe('BAD_USER_INPUT');
    const fields = error.extensions.fields as Record<string, string[]>;
    expect(Object.keys(fields).sort()).toEqual(['country', 'name', 'website']);
    expect(fields.country[0]).toMatch(/two-letter ISO 3166 code/);
    expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM organizations`)).toEqual(before);
  });

  it('should update with the current version and refuse a stale one with CONFLICT and the current record', async () => {
    const org = await create({ name: 'CNRS', kind: 'RESEARCH_INSTITUTE' });
    const updated = await ok<{ updateOrganization: { version: number; city: string } }>(url, editor, UPDATE, {
      input: { id: org.id, version: 1, city: 'Paris' },
    });
    expect(updated.updateOrganization).toMatchObject({ city: 'Paris', version: 2 });

    const stale = await failure(url, editor, UPDATE, { input: { id: org.id, version: 1, city: 'Lyon' } });
    expect(stale.code).toBe('CONFLICT');
    expect(stale.extensions.current).toMatchObject({ id: org.id, city: 'Paris', version: 2 });
    const [row] = await db.dataSource.query(`SELECT city, version FROM organizations WHERE id = $1`, [org.id]);
    expect(row).toEqual({ city: 'Paris', version: 2 });
  });

  it('should let only one of two concurrent saves of the same version win', async () => {
    const org = await create({ name: 'INFN', kind: 'RESEARCH_INSTITUTE' });
    const results = await Promise.all(
      ['Rome', 'Bologna', 'Padua'].map((city) =>
        fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
          body: JSON.stringify({ query: UPDATE, variables: { input: { id: org.id, version: 1, city } } }),
        }).then((r) => r.json() as Promise<{ errors?: { extensions: { code: string } }[] }>),
      ),
    );
    const conflicts = results.filter((r) => r.errors?.[0]?.extensions.code === 'CONFLICT');
    expect(conflicts).toHaveLength(2);
    const [row] = await db.dataSource.query(`SELECT version FROM organizations WHERE id = $1`, [org.id]);
    expect(row.version).toBe(2);
  });

  it('should refuse a parent that would make a cycle', async () => {
    const top = await create({ name: 'Top', kind: 'CONSORTIUM' });
    const middle = await create({ name: 'Middle', kind: 'CONSORTIUM', parentId: top.id });
    const error = await failure(url, editor, UPDATE, {
      input: { id: top.id, version: top.version, parentId: middle.id },
    });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields).toEqual({ parentId: ['would make the organization a part of itself'] });
  });

  it('should filter, sort and paginate, with children batched', async () => {
    const parent = await create({ name: 'Zeta Alliance', kind: 'CONSORTIUM', country: 'NL' });
    for (const name of ['Alpha Lab', 'Beta Lab', 'Gamma Lab']) {
      await create({ name, kind: 'RESEARCH_INSTITUTE', country: 'NL', parentId: parent.id });
    }
    const LIST = `query($first: Int, $after: String, $filter: OrganizationFilter) {
      organizations(first: $first, after: $after, filter: $filter, orderBy: { field: NAME, direction: ASC }) {
        totalCount pageInfo { hasNextPage endCursor } nodes { name }
      }
    }`;
    const filter = { countries: ['NL'], kinds: ['RESEARCH_INSTITUTE'] };
    const first = await ok<{
      organizations: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        nodes: { name: string }[];
      };
    }>(url, viewer, LIST, { first: 2, filter });
    expect(first.organizations.totalCount).toBe(3);
    expect(first.organizations.nodes.map((n) => n.name)).toEqual(['Alpha Lab', 'Beta Lab']);
    expect(first.organizations.pageInfo.hasNextPage).toBe(true);
    const second = await ok<{ organizations: { nodes: { name: string }[]; pageInfo: { hasNextPage: boolean } } }>(
      url,
      viewer,
      LIST,
      { first: 2, after: first.organizations.pageInfo.endCursor, filter },
    );
    expect(second.organizations.nodes.map((n) => n.name)).toEqual(['Gamma Lab']);
    expect(second.organizations.pageInfo.hasNextPage).toBe(false);

    const tree = await ok<{
      organization: { children: { totalCount: number; nodes: { name: string; parent: { name: string } }[] } };
    }>(
      url,
      viewer,
      `query($id: ID!) { organization(id: $id) { children(last: 2) { totalCount nodes { name parent { name } } } } }`,
      { id: parent.id },
    );
    expect(tree.organization.children.totalCount).toBe(3);
    expect(tree.organization.children.nodes).toEqual([
      { name: 'Beta Lab', parent: { name: 'Zeta Alliance' } },
      { name: 'Gamma Lab', parent: { name: 'Zeta Alliance' } },
    ]);
  });

  it('should move to the trash and restore', async () => {
    const org = await create({ name: 'Trash Me Institute', kind: 'OTHER' });
    const DELETE = `mutation($id: ID!) { deleteOrganization(input: { id: $id }) { deletedAt version } }`;
    const deleted = await ok<{ deleteOrganization: { deletedAt: string } }>(url, editor, DELETE, { id: org.id });
    expect(deleted.deleteOrganization.deletedAt).toBeTruthy();
    const listed = await ok<{ organizations: { nodes: { id: string }[] } }>(
      url,
      viewer,
      `{ organizations(first: 500, filter: { text: "Trash Me" }) { nodes { id } } }`,
    );
    expect(listed.organizations.nodes).toEqual([]);
    const restored = await ok<{ restoreOrganization: { deletedAt: null } }>(
      url,
      editor,
      `mutation($id: ID!) { restoreOrganization(input: { id: $id }) { deletedAt } }`,
      { id: org.id },
    );
    expect(restored.restoreOrganization.deletedAt).toBeNull();
  });

  describe('access', () => {
    it('should refuse anonymous reads with UNAUTHENTICATED', async () => {
      expect((await failure(url, undefined, '{ organizations { totalCount } }')).code).toBe('UNAUTHENTICATED');
    });

    it('should refuse an unknown token with 401', async () => {
      const error = await failure(url, 'lsn_' + 'x'.repeat(43), '{ organizations { totalCount } }');
      expect(error).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
    });

    it('should refuse mutations to viewers and to read-only tokens', async () => {
      const input = { name: 'Nope', kind: 'OTHER' };
      expect((await failure(url, viewer, CREATE, { input })).code).toBe('FORBIDDEN');
      const readOnly = (await createUser(db.dataSource, { role: 'admin', scope: TokenScope.READ })).token;
      expect((await failure(url, readOnly, CREATE, { input })).code).toBe('FORBIDDEN');
      await ok(url, readOnly, '{ organizations(first: 1) { totalCount } }');
    });
  });
});
