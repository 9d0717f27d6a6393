import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { ok, startTestServer, type TestServer } from '../../../test/server';
import { auditApi } from './audit.factories';

interface Entry {
  action: string;
  diff: Record<string, unknown>;
  records: { type: string; id: string; title: string | null }[];
}

const HISTORY = `query($id: ID!) { history(recordId: $id, first: 50) { nodes { action diff records { type id title } } } }`;

describe('the records a change names, over /graphql', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  let editor: string;
  let other: string;
  let api: ReturnType<typeof auditApi>;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    editor = (await createUser(db.dataSource, { role: 'editor', name: 'Eda Editor' })).token;
    other = (await createUser(db.dataSource, { role: 'editor' })).token;
    api = auditApi(url, editor);
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  const history = async (id: string, token = editor) =>
    (await ok<{ history: { nodes: Entry[] } }>(url, token, HISTORY, { id })).history.nodes;

  it('should name both ends of a link and a new parent with their titles', async () => {
    const university = await api.organization({ name: 'University of Edinburgh' });
    const department = await api.organization({ name: 'Physics' });
    const eli = await api.contact({ firstName: 'Eli', lastName: 'Farrell' });
    await api.affiliate({
      contactId: eli.id,
      organizationId: university.id,
      role: 'PhD candidate',
      since: '2011-09-01',
    });
    const [link] = await history(university.id);
    expect(link.action).toBe('LINK');
    expect(link.records).toEqual(
      expect.arrayContaining([
        { type: 'Contact', id: eli.id, title: 'Eli Farrell' },
        { type: 'Organization', id: university.id, title: 'University of Edinburgh' },
      ]),
    );
    await api.update('Organization', { id: department.id, version: 1, parentId: university.id });
    const [update] = await history(department.id);
    expect(update.records).toEqual([{ type: 'Organization', id: university.id, title: 'University of Edinburgh' }]);
    const [create] = (await history(eli.id)).filter((entry) => entry.action === 'CREATE');
    expect(create.records.map((record) => record.type)).toEqual(['User']);
    expect(create.records[0].title).toBe('Eda Editor');
  });

  it('should never show a change naming a hidden record, and give no title to one that is gone', async () => {
    const org = await api.organization({ name: 'Guarded' });
    const secret = await auditApi(url, other).activity({
      subject: 'Secret plan',
      visibility: 'PRIVATE',
      concerns: { organizationIds: [org.id] },
    });
    const tag = await api.tag('Visible tag');
    await api.tagRecords({ tagId: tag.id, organizationIds: [org.id] });
    const seenByOwner = await history(secret.id, other);
    expect(seenByOwner.length).toBeGreaterThan(0);
    const orgHistory = await history(org.id, editor);
    const titles = orgHistory.flatMap((entry) => entry.records.map((record) => record.title));
    expect(titles).toContain('Visible tag');
    expect(JSON.stringify(orgHistory)).not.toContain('Secret plan');

    // A record that no longer exists at all is named without a title.
    const gone = await api.contact({ firstName: 'Gone', lastName: 'Forever' });
    await api.affiliate({ contactId: gone.id, organizationId: org.id });
    await db.dataSource.query(`DELETE FROM affiliations WHERE contact_id = $1`, [gone.id]);
    await db.dataSource.query(`DELETE FROM contacts WHERE id = $1`, [gone.id]);
    const [link] = await history(org.id);
    expect(link.records).toContainEqual({ type: 'Contact', id: gone.id, title: null });
  });
});
