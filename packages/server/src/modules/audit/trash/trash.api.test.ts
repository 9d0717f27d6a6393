import { createTestDatabase, type TestDatabase } from '../../../../test/database';
import { createUser } from '../../../../test/factories';
import { failure, ok, startTestServer, type TestServer } from '../../../../test/server';
import { auditApi, historyOf } from '../audit.factories';

const TRASH = `query($types: [TrashType!], $first: Int, $after: String) {
  trash(types: $types, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      type id title deletedAt deletedBy { name }
      record { __typename ... on Organization { name deletedAt } ... on Activity { subject } ... on Contact { lastName } }
    }
  }
}`;

interface TrashItem {
  type: string;
  id: string;
  title: string;
  deletedAt: string;
  deletedBy: { name: string } | null;
  record: Record<string, unknown> | null;
}
interface TrashPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string };
  nodes: TrashItem[];
}

describe('the trash over /graphql', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  let editor: string;
  let owner: string;
  let viewer: string;

  const trash = async (variables: Record<string, unknown> = {}, token = editor) =>
    (await ok<{ trash: TrashPage }>(url, token, TRASH, variables)).trash;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    editor = (await createUser(db.dataSource, { role: 'editor', name: 'Eda Editor' })).token;
    owner = (await createUser(db.dataSource, { role: 'editor', name: 'Olga Owner' })).token;
    viewer = (await createUser(db.dataSource, { role: 'viewer', name: 'Vera Viewer' })).token;
    const api = auditApi(url, editor);
    const org = await api.organization({ name: 'Gone University' });
    const contact = await api.contact({ firstName: 'Marie', lastName: 'Gone' });
    const need = await api.need({
      title: 'More storage',
      organizationId: (await api.organization({ name: 'Holder' })).id,
    });
    const project = await api.project({ name: 'Undone project' });
    const mine = auditApi(url, owner);
    const hidden = await mine.activity({ subject: 'Private call', visibility: 'PRIVATE' });
    const shown = await mine.activity({ subject: 'Open call' });
    const live = await api.organization({ name: 'Still here' });

    await api.remove('Organization', org.id);
    await mine.remove('Contact', contact.id);
    await mine.remove('Activity', hidden.id);
    await mine.remove('Activity', shown.id);
    await ok(url, editor, `mutation($input: DeleteRecordInput!) { deleteNeed(input: $input) { id } }`, {
      input: { id: need.id },
    });
    const create = (await historyOf(url, editor, project.id)).find((change) => change.action === 'CREATE')!;
    await ok(url, owner, `mutation($input: RevertChangeInput!) { revertChange(input: $input) { id } }`, {
      input: { changeId: create.id },
    });
    expect(live.id).toBeDefined();
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  it('should list trashed records of every kind, newest deletion first, with who trashed them', async () => {
    const { nodes, totalCount } = await trash();
    expect(nodes.map((item) => [item.type, item.title, item.deletedBy?.name])).toEqual([
      ['PROJECT', 'Undone project', 'Olga Owner'],
      ['NEED', 'More storage', 'Eda Editor'],
      ['ACTIVITY', 'Open call', 'Olga Owner'],
      ['CONTACT', 'Marie Gone', 'Olga Owner'],
      ['ORGANIZATION', 'Gone University', 'Eda Editor'],
    ]);
    expect(totalCount).toBe(5);
    expect(nodes[4].record).toMatchObject({ __typename: 'Organization', name: 'Gone University' });
    expect(nodes[4].record!.deletedAt).toBe(nodes[4].deletedAt);
    expect(nodes[2].record).toEqual({ __typename: 'Activity', subject: 'Open call' });
  });

  it('should show a private activity to its owner only', async () => {
    const titles = (await trash({}, owner)).nodes.map((item) => item.title);
    expect(titles).toContain('Private call');
    expect((await trash({}, viewer)).nodes.map((item) => item.title)).not.toContain('Private call');
  });

  it('should filter by types and page with first and after', async () => {
    const people = await trash({ types: ['CONTACT', 'ORGANIZATION'] });
    expect(people.nodes.map((item) => item.type)).toEqual(['CONTACT', 'ORGANIZATION']);
    const first = await trash({ first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await trash({ first: 10, after: first.pageInfo.endCursor });
    expect([...first.nodes, ...rest.nodes].map((item) => item.id)).toEqual(
      (await trash()).nodes.map((item) => item.id),
    );
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('should refuse a request without a session', async () => {
    expect((await failure(url, undefined, TRASH)).code).toBe('UNAUTHENTICATED');
  });
});
