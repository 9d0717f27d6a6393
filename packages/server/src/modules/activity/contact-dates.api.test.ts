import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { ok, startTestServer, type TestServer } from '../../../test/server';
import { auditApi } from '../audit/audit.factories';

interface Dated {
  name?: string;
  lastContactedAt: string | null;
  nextPlannedAt: string | null;
}

const DATES = `query($org: ID!, $contact: ID!) {
  organization(id: $org) { lastContactedAt nextPlannedAt }
  contact(id: $contact) { lastContactedAt nextPlannedAt }
}`;

describe('lastContactedAt and nextPlannedAt over /graphql', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  let editor: string;
  let owner: string;
  let org: { id: string };
  let ada: { id: string };

  const dates = (token = editor) =>
    ok<{ organization: Dated; contact: Dated }>(url, token, DATES, { org: org.id, contact: ada.id });

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    editor = (await createUser(db.dataSource, { role: 'editor' })).token;
    owner = (await createUser(db.dataSource, { role: 'editor' })).token;
    const api = auditApi(url, editor);
    org = await api.organization({ name: 'Dated University' });
    ada = await api.contact({ firstName: 'Ada', lastName: 'Dated' });
    await api.affiliate({ contactId: ada.id, organizationId: org.id });
    const done = { status: 'DONE' };
    await api.activity({
      subject: 'Touch',
      ...done,
      kind: 'CALL',
      startsAt: '2020-05-01T10:00:00Z',
      concerns: { contactIds: [ada.id] },
    });
    await api.activity({
      subject: 'Touch',
      ...done,
      kind: 'MEETING',
      startsAt: '2021-05-01T10:00:00Z',
      concerns: { organizationIds: [org.id] },
    });
    // Not contact: a to-do, a note; nor a trashed call.
    await api.activity({
      subject: 'Touch',
      ...done,
      kind: 'TODO',
      dueAt: '2023-05-01T10:00:00Z',
      concerns: { organizationIds: [org.id] },
    });
    await api.activity({ subject: 'Touch', ...done, kind: 'NOTE', concerns: { contactIds: [ada.id] } });
    const trashed = await api.activity({
      subject: 'Touch',
      ...done,
      kind: 'CALL',
      startsAt: '2022-09-01T10:00:00Z',
      concerns: { contactIds: [ada.id] },
    });
    await api.remove('Activity', trashed.id);
    await api.activity({
      subject: 'Touch',
      kind: 'MEETING',
      startsAt: '2099-01-01T10:00:00Z',
      participantContactIds: [ada.id],
    });
    // Planned in the past is not "next"; cancelled never counts.
    await api.activity({
      subject: 'Touch',
      kind: 'CALL',
      startsAt: '2019-01-01T10:00:00Z',
      concerns: { organizationIds: [org.id] },
    });
    await api.activity({
      subject: 'Touch',
      status: 'CANCELLED',
      kind: 'CALL',
      startsAt: '2098-01-01T10:00:00Z',
      concerns: { organizationIds: [org.id] },
    });
    // Private to their owner: a later email done, an earlier call planned.
    const mine = auditApi(url, owner);
    await mine.activity({
      subject: 'Touch',
      ...done,
      kind: 'EMAIL',
      visibility: 'PRIVATE',
      startsAt: '2022-05-01T10:00:00Z',
      concerns: { contactIds: [ada.id] },
    });
    await mine.activity({
      subject: 'Touch',
      kind: 'CALL',
      visibility: 'PRIVATE',
      startsAt: '2097-01-01T10:00:00Z',
      concerns: { organizationIds: [org.id] },
    });
  }, 60_000);
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  it("should count calls, meetings, emails and events done and planned, an organization's with its contacts'", async () => {
    expect(await dates()).toEqual({
      organization: { lastContactedAt: '2021-05-01T10:00:00.000Z', nextPlannedAt: '2099-01-01T10:00:00.000Z' },
      contact: { lastContactedAt: '2020-05-01T10:00:00.000Z', nextPlannedAt: '2099-01-01T10:00:00.000Z' },
    });
  });

  it('should let a private activity count for its owner only', async () => {
    expect(await dates(owner)).toEqual({
      organization: { lastContactedAt: '2022-05-01T10:00:00.000Z', nextPlannedAt: '2097-01-01T10:00:00.000Z' },
      contact: { lastContactedAt: '2022-05-01T10:00:00.000Z', nextPlannedAt: '2099-01-01T10:00:00.000Z' },
    });
  });

  it('should sort lists by last contacted, never contacted last, as each viewer sees it', async () => {
    const api = auditApi(url, editor);
    const recent = await api.organization({ name: 'Sorted Recent' });
    await api.organization({ name: 'Sorted Never' });
    const old = await api.organization({ name: 'Sorted Old' });
    await api.activity({
      subject: 'Touch',
      status: 'DONE',
      kind: 'CALL',
      startsAt: '2024-01-01T10:00:00Z',
      concerns: { organizationIds: [recent.id] },
    });
    await api.activity({
      subject: 'Touch',
      status: 'DONE',
      kind: 'CALL',
      startsAt: '2010-01-01T10:00:00Z',
      concerns: { organizationIds: [old.id] },
    });
    await auditApi(url, owner).activity({
      subject: 'Touch',
      status: 'DONE',
      kind: 'EMAIL',
      visibility: 'PRIVATE',
      startsAt: '2025-01-01T10:00:00Z',
      concerns: { organizationIds: [old.id] },
    });
    const sorted = async (direction: string, token = editor) =>
      (
        await ok<{ organizations: { nodes: { name: string }[] } }>(
          url,
          token,
          `query($direction: SortDirection!) {
            organizations(filter: { text: "Sorted" }, orderBy: { field: LAST_CONTACTED_AT, direction: $direction }) { nodes { name } }
          }`,
          { direction },
        )
      ).organizations.nodes.map((node) => node.name);
    expect(await sorted('DESC')).toEqual(['Sorted Recent', 'Sorted Old', 'Sorted Never']);
    expect(await sorted('ASC')).toEqual(['Sorted Old', 'Sorted Recent', 'Sorted Never']);
    expect(await sorted('DESC', owner)).toEqual(['Sorted Old', 'Sorted Recent', 'Sorted Never']);

    const contacts = await ok<{ contacts: { nodes: { lastName: string; lastContactedAt: string | null }[] } }>(
      url,
      editor,
      `{ contacts(filter: { text: "Dated" }, orderBy: { field: LAST_CONTACTED_AT, direction: DESC }) { nodes { lastName lastContactedAt } } }`,
    );
    expect(contacts.contacts.nodes).toEqual([{ lastName: 'Dated', lastContactedAt: '2020-05-01T10:00:00.000Z' }]);
  });

  it('should read the dates of a whole list page in the same few statements', async () => {
    const api = auditApi(url, editor);
    const statements = async (prefix: string, count: number) => {
      for (let index = 0; index < count; index++) {
        const made = await api.organization({ name: `${prefix} ${index}` });
        await api.activity({
          subject: 'Touch',
          status: 'DONE',
          kind: 'CALL',
          startsAt: '2024-01-01T10:00:00Z',
          concerns: { organizationIds: [made.id] },
        });
      }
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
        body: JSON.stringify({
          query: `{ organizations(filter: { text: "${prefix}" }) { nodes { lastContactedAt nextPlannedAt } } }`,
        }),
      });
      const body = (await response.json()) as { data: { organizations: { nodes: Dated[] } } };
      expect(body.data.organizations.nodes).toHaveLength(count);
      for (const node of body.data.organizations.nodes) expect(node.lastContactedAt).toBe('2024-01-01T10:00:00.000Z');
      return Number(response.headers.get('x-sql-statements'));
    };
    const two = await statements('Pair', 2);
    const seven = await statements('Heptad', 7);
    expect(seven).toBe(two);
    expect(two).toBeLessThanOrEqual(4);
  });
});
