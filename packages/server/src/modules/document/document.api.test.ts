import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';
import { Activity } from '../activity/activity.entity';
import { Contact } from '../contact/contact.entity';
import { Need } from '../need/need.entity';
import { Organization } from '../organization/organization.entity';
import { Project } from '../project/project.entity';

const FIELDS = `id title kind body visibility version owner { name } file { fileName }
  attachedTo { organizations { name } contacts { lastName } projects { name } activities { subject } needs { title } }
  links { id organizationId contactId projectId activityId needId need { title } }`;
const CREATE = `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateDocumentInput!) { updateDocument(input: $input) { ${FIELDS} } }`;

interface DocumentResult {
  id: string;
  title: string;
  version: number;
  attachedTo: { organizations: { name: string }[]; activities: { subject: string }[] };
  links: { id: string }[];
}

describe('documents over /graphql', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  let editor: string;
  let viewer: string;
  let org: Organization;
  let contact: Contact;
  let project: Project;
  let activity: Activity;
  let need: Need;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    const e = await createUser(db.dataSource, { role: 'editor', name: 'Dora Docs' });
    editor = e.token;
    viewer = (await createUser(db.dataSource, { role: 'viewer' })).token;
    const m = db.dataSource.manager;
    org = await m.save(m.create(Organization, { name: 'KIT', kind: 'university' }));
    contact = await m.save(m.create(Contact, { lastName: 'Curie' }));
    project = await m.save(m.create(Project, { name: 'EGI-ACE', kind: 'international' }));
    activity = await m.save(m.create(Activity, { kind: 'meeting', subject: 'Steering board', ownerId: e.user.id }));
    need = await m.save(m.create(Need, { organizationId: org.id, title: 'Storage', category: 'storage' }));
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  const create = async (input: Record<string, unknown>) =>
    (await ok<{ createDocument: DocumentResult }>(url, editor, CREATE, { input })).createDocument;

  it('should create a document attached to records in one go, recording each attachment on both ends', async () => {
    const document = await create({
      title: 'Minutes of the board',
      kind: 'MINUTES',
      body: '# Minutes\n\nWe agreed.',
      attachTo: {
        organizationIds: [org.id],
        contactIds: [contact.id],
        projectIds: [project.id],
        activityIds: [activity.id],
        needIds: [need.id],
      },
    });
    expect(document).toMatchObject({
      title: 'Minutes of the board',
      kind: 'MINUTES',
      visibility: 'EVERYONE',
      version: 1,
      owner: { name: 'Dora Docs' },
      file: null,
      attachedTo: {
        organizations: [{ name: 'KIT' }],
        contacts: [{ lastName: 'Curie' }],
        projects: [{ name: 'EGI-ACE' }],
        activities: [{ subject: 'Steering board' }],
        needs: [{ title: 'Storage' }],
      },
    });
    expect(document.links).toHaveLength(5);
    expect(document.links).toContainEqual(expect.objectContaining({ needId: need.id, need: { title: 'Storage' } }));
    const rows: { record_type: string; record_id: string }[] = await db.dataSource.query(
      `SELECT record_type, record_id FROM changes WHERE action = 'link' AND diff->'documentLink'->'after'->>'documentId' = $1`,
      [document.id],
    );
    expect(rows.map((r) => r.record_type).sort()).toEqual(
      ['Activity', 'Contact', 'Need', 'Organization', 'Project', ...Array(5).fill('Document')].sort(),
    );
    expect(rows.find((r) => r.record_type === 'Activity')!.record_id).toBe(activity.id);
  });

  it('should refuse a blank title and unknown records to attach to, writing nothing', async () => {
    const before = await db.dataSource.query(`SELECT count(*)::int AS n FROM documents`);
    const blank = await failure(url, editor, CREATE, { input: { title: ' ' } });
    expect(blank.extensions.fields).toEqual({ title: ['title must not be blank'] });
    const unknown = await failure(url, editor, CREATE, {
      input: { title: 'Orphan', attachTo: { activityIds: ['00000000-0000-4000-8000-000000000000'] } },
    });
    expect(unknown.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(unknown.extensions.fields as object)).toEqual(['attachTo.activityIds']);
    expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM documents`)).toEqual(before);
  });

  it('should update with the version and refuse a stale one with CONFLICT', async () => {
    const document = await create({ title: 'Draft agreement', kind: 'AGREEMENT' });
    const updated = await ok<{ updateDocument: DocumentResult }>(url, editor, UPDATE, {
      input: { id: document.id, version: 1, body: 'Signed.' },
    });
    expect(updated.updateDocument).toMatchObject({ body: 'Signed.', version: 2 });
    expect((await failure(url, editor, UPDATE, { input: { id: document.id, version: 1, title: 'X' } })).code).toBe(
      'CONFLICT',
    );
    expect((await failure(url, viewer, UPDATE, { input: { id: document.id, version: 2, title: 'X' } })).code).toBe(
      'FORBIDDEN',
    );
  });

  it('should attach to exactly one record and detach by the attachment id', async () => {
    const document = await create({ title: 'Slides', kind: 'PRESENTATION' });
    const ATTACH = `mutation($input: AttachDocumentInput!) {
      attachDocument(input: $input) { id organizationId document { attachedTo { organizations { name } } } }
    }`;
    const attached = await ok<{
      attachDocument: { id: string; document: { attachedTo: { organizations: { name: string }[] } } };
    }>(url, editor, ATTACH, { input: { documentId: document.id, organizationId: org.id } });
    expect(attached.attachDocument.document.attachedTo.organizations).toEqual([{ name: 'KIT' }]);
    const two = await failure(url, editor, ATTACH, {
      input: { documentId: document.id, contactId: contact.id, needId: need.id },
    });
    expect(two.extensions.fields).toEqual({ contactId: ['give only one target'], needId: ['give only one target'] });
    expect(
      (await failure(url, editor, ATTACH, { input: { documentId: document.id, organizationId: org.id } })).code,
    ).toBe('CONFLICT');
    const detached = await ok<{ detachDocument: { links: unknown[] } }>(
      url,
      editor,
      `mutation($id: ID!) { detachDocument(input: { id: $id }) { links { id } } }`,
      { id: attached.attachDocument.id },
    );
    expect(detached.detachDocument.links).toEqual([]);
    const ends: { record_type: string }[] = await db.dataSource.query(
      `SELECT record_type FROM changes WHERE action = 'unlink' AND diff->'documentLink'->'before'->>'id' = $1`,
      [attached.attachDocument.id],
    );
    expect(ends.map((r) => r.record_type).sort()).toEqual(['Document', 'Organization']);
  });

  it('should filter by kind, visibility, attachment and text over title and body', async () => {
    const tag = `T${Date.now()}`;
    const a = await create({ title: `${tag} alpha`, kind: 'MINUTES', attachTo: { projectIds: [project.id] } });
    const b = await create({
      title: 'Beta',
      body: `mentions ${tag} in the body`,
      kind: 'DISCUSSION',
      visibility: 'PRIVATE',
    });
    const LIST = `query($filter: DocumentFilter, $orderBy: DocumentOrder) {
      documents(filter: $filter, orderBy: $orderBy) { totalCount nodes { id } }
    }`;
    const ids = async (filter: Record<string, unknown>, orderBy?: unknown) => {
      const data = await ok<{ documents: { totalCount: number; nodes: { id: string }[] } }>(url, editor, LIST, {
        filter,
        orderBy,
      });
      expect(data.documents.totalCount).toBe(data.documents.nodes.length);
      return data.documents.nodes.map((n) => n.id);
    };
    expect(await ids({ text: tag })).toEqual([b.id, a.id]);
    expect(await ids({ text: tag }, { field: 'TITLE', direction: 'ASC' })).toEqual([b.id, a.id]);
    expect(await ids({ text: tag, kinds: ['MINUTES'] })).toEqual([a.id]);
    expect(await ids({ text: tag, visibility: 'PRIVATE' })).toEqual([b.id]);
    expect(await ids({ text: tag, attachedTo: { projectId: project.id } })).toEqual([a.id]);
  });

  it('should list the documents of organizations, contacts, projects and activities, batched and newest first', async () => {
    const first = await create({ title: 'First', attachTo: { organizationIds: [org.id], activityIds: [activity.id] } });
    const second = await create({ title: 'Second', attachTo: { organizationIds: [org.id], contactIds: [contact.id] } });
    const data = await ok<{
      organization: { documents: { totalCount: number; nodes: { id: string }[] } };
      activity: { documents: { nodes: { id: string }[] } };
      document: { attachedTo: { contacts: { documents: { nodes: { id: string }[] } }[] } };
    }>(
      url,
      viewer,
      `query($org: ID!, $activity: ID!, $doc: ID!) {
        organization(id: $org) { documents(first: 2) { totalCount nodes { id } } }
        activity(id: $activity) { documents { nodes { id } } }
        document(id: $doc) { attachedTo { contacts { documents(first: 1) { nodes { id } } } } }
      }`,
      { org: org.id, activity: activity.id, doc: second.id },
    );
    expect(data.organization.documents.nodes.map((n) => n.id)).toEqual([second.id, first.id]);
    expect(data.organization.documents.totalCount).toBeGreaterThanOrEqual(3);
    expect(data.activity.documents.nodes.map((n) => n.id)[0]).toBe(first.id);
    expect(data.document.attachedTo.contacts[0].documents.nodes.map((n) => n.id)).toEqual([second.id]);
  });

  it('should move to the trash and restore', async () => {
    const document = await create({ title: 'Trash me doc' });
    await ok(url, editor, `mutation($id: ID!) { deleteDocument(input: { id: $id }) { deletedAt } }`, {
      id: document.id,
    });
    const listed = await ok<{ documents: { totalCount: number } }>(
      url,
      editor,
      `{ documents(filter: { text: "Trash me doc" }) { totalCount } }`,
    );
    expect(listed.documents.totalCount).toBe(0);
    const restored = await ok<{ restoreDocument: { deletedAt: null } }>(
      url,
      editor,
      `mutation($id: ID!) { restoreDocument(input: { id: $id }) { deletedAt } }`,
      { id: document.id },
    );
    expect(restored.restoreDocument.deletedAt).toBeNull();
  });
});
