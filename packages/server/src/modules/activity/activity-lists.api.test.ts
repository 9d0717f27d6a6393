import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { ok, startTestServer, type TestServer } from '../../../test/server';
import { Contact } from '../contact/contact.entity';
import { Organization } from '../organization/organization.entity';
import { Project } from '../project/project.entity';

const CREATE = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`;

interface Page {
  totalCount: number;
  nodes: { id: string }[];
}

describe('activity lists over /graphql', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  let editor: string;
  let colleague: { id: string; token: string };
  let org: Organization;
  let participant: Contact;
  let project: Project;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    editor = (await createUser(db.dataSource, { role: 'editor' })).token;
    const c = await createUser(db.dataSource, { role: 'editor', name: 'Carl Colleague' });
    colleague = { id: c.user.id, token: c.token };
    const m = db.dataSource.manager;
    org = await m.save(m.create(Organization, { name: 'CERN', kind: 'research_institute' }));
    participant = await m.save(m.create(Contact, { firstName: 'Alan', lastName: 'Turing' }));
    project = await m.save(m.create(Project, { name: 'EOSC Future', kind: 'international' }));
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  const create = async (input: Record<string, unknown>, token = editor) =>
    (await ok<{ createActivity: { id: string } }>(url, token, CREATE, { input })).createActivity;

  it('should filter by kind, status, time range, mine, overdue, participant and what they concern', async () => {
    const tag = `F${Date.now()}`;
    const past = new Date(Date.now() - 86_400_000).toISOString();
    const a = await create({ kind: 'TODO', subject: `${tag} overdue`, dueAt: past });
    const b = await create({
      kind: 'MEETING',
      subject: `${tag} with Turing`,
      startsAt: '2031-05-01T10:00:00Z',
      participantContactIds: [participant.id],
      participantUserIds: [colleague.id],
    });
    const c = await create(
      {
        kind: 'CALL',
        subject: `${tag} about CERN`,
        startsAt: '2031-06-01T10:00:00Z',
        status: 'DONE',
        visibility: 'TEAM',
        concerns: { organizationIds: [org.id] },
      },
      colleague.token,
    );
    const LIST = `query($filter: ActivityFilter, $orderBy: ActivityOrder) {
      activities(filter: $filter, orderBy: $orderBy, first: 50) { totalCount nodes { id } }
    }`;
    const ids = async (filter: Record<string, unknown>, token = colleague.token, orderBy?: unknown) => {
      const data = await ok<{ activities: Page }>(url, token, LIST, { filter: { text: tag, ...filter }, orderBy });
      expect(data.activities.totalCount).toBe(data.activities.nodes.length);
      return data.activities.nodes.map((n) => n.id);
    };
    expect(await ids({})).toEqual([c.id, b.id, a.id]);
    expect(await ids({}, colleague.token, { field: 'SUBJECT', direction: 'ASC' })).toEqual([c.id, a.id, b.id]);
    expect(await ids({}, colleague.token, { field: 'STARTS_AT', direction: 'DESC' })).toEqual([c.id, b.id, a.id]);
    expect(await ids({ kinds: ['TODO', 'CALL'] })).toEqual([c.id, a.id]);
    expect(await ids({ statuses: ['DONE'] })).toEqual([c.id]);
    expect(await ids({ visibility: 'TEAM' })).toEqual([c.id]);
    expect(await ids({ from: '2031-01-01T00:00:00Z', to: '2031-06-01T00:00:00Z' })).toEqual([b.id]);
    expect(await ids({ mine: true }, editor)).toEqual([b.id, a.id]);
    expect(await ids({ mine: true })).toEqual([c.id, b.id]);
    expect(await ids({ openAndOverdue: true })).toEqual([a.id]);
    expect(await ids({ participantUserId: colleague.id })).toEqual([b.id]);
    expect(await ids({ concerning: { organizationId: org.id } })).toEqual([c.id]);
    expect(await ids({ concerning: { contactId: participant.id } })).toEqual([b.id]);
    expect(await ids({ ownerIds: [colleague.id] })).toEqual([c.id]);
  });

  it('should list the activities of organizations, contacts and projects, batched and newest first', async () => {
    const m = db.dataSource.manager;
    const orgs = await m.save(
      ['One', 'Two', 'Three'].map((name) => m.create(Organization, { name: `Batch ${name}`, kind: 'company' })),
    );
    const person = await m.save(m.create(Contact, { lastName: 'Hopper' }));
    const older = await create({
      kind: 'CALL',
      subject: 'Older',
      startsAt: '2029-01-01T10:00:00Z',
      concerns: { organizationIds: orgs.map((o) => o.id), contactIds: [person.id], projectIds: [project.id] },
    });
    const newer = await create({
      kind: 'TODO',
      subject: 'Newer',
      dueAt: '2029-03-01T10:00:00Z',
      participantContactIds: [person.id],
      concerns: { organizationIds: [orgs[0].id] },
    });
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
      body: JSON.stringify({
        query: `{ organizations(filter: { text: "Batch" }, first: 10) {
          nodes { name activities(first: 5) { totalCount nodes { subject } } }
        } }`,
      }),
    });
    const body = (await response.json()) as {
      errors?: unknown;
      data: { organizations: { nodes: { name: string; activities: { totalCount: number; nodes: unknown[] } }[] } };
    };
    expect(body.errors).toBeUndefined();
    const byName = Object.fromEntries(body.data.organizations.nodes.map((o) => [o.name, o.activities]));
    expect(byName['Batch One']).toEqual({ totalCount: 2, nodes: [{ subject: 'Newer' }, { subject: 'Older' }] });
    expect(byName['Batch Two']).toEqual({ totalCount: 1, nodes: [{ subject: 'Older' }] });
    // The token, the organizations, then two statements for the activities of all of them.
    const statements = response.headers.get('x-sql-statements');
    expect(statements).not.toBeNull();
    expect(Number(statements)).toBeLessThanOrEqual(4);

    const data = await ok<{ contact: { activities: Page }; project: { activities: Page } }>(
      url,
      editor,
      `query($contact: ID!, $project: ID!) {
        contact(id: $contact) { activities { totalCount nodes { id } } }
        project(id: $project) { activities(first: 1) { totalCount nodes { id } } }
      }`,
      { contact: person.id, project: project.id },
    );
    // Linked (older) or taking part (newer), each once.
    expect(data.contact.activities).toEqual({ totalCount: 2, nodes: [{ id: newer.id }, { id: older.id }] });
    expect(data.project.activities).toEqual({ totalCount: 1, nodes: [{ id: older.id }] });
  });
});
