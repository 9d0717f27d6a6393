import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createTeam, createUser } from '../../../test/factories';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';
import { auditApi, HISTORY, historyOf, type HistoryEntry } from './audit.factories';

describe('history over /graphql', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  let editor: string;
  let owner: string;
  let outsider: string;
  let viewer: string;
  let admin: string;
  let teamId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    const team = await createTeam(db.dataSource);
    teamId = team.id;
    editor = (await createUser(db.dataSource, { role: 'editor', name: 'Eda Editor' })).token;
    owner = (await createUser(db.dataSource, { role: 'editor', name: 'Olga Owner', teamIds: [team.id] })).token;
    outsider = (await createUser(db.dataSource, { role: 'editor', name: 'Otto Outsider' })).token;
    viewer = (await createUser(db.dataSource, { role: 'viewer', name: 'Vera Viewer' })).token;
    admin = (await createUser(db.dataSource, { role: 'admin', name: 'Ada Admin' })).token;
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  it('should list create, update and link entries with their actors, newest first', async () => {
    const api = auditApi(url, editor);
    const org = await api.organization({ name: 'CNR' });
    await auditApi(url, owner).update('Organization', {
      id: org.id,
      version: org.version,
      name: 'CNRS',
      city: 'Paris',
    });
    const contact = await api.contact({ lastName: 'Curie' });
    await api.affiliate({ contactId: contact.id, organizationId: org.id, role: 'Director' });

    const history = await historyOf(url, viewer, org.id);
    expect(history.map((change) => [change.action, change.actor?.name])).toEqual([
      ['LINK', 'Eda Editor'],
      ['UPDATE', 'Olga Owner'],
      ['CREATE', 'Eda Editor'],
    ]);
    expect(history.every((change) => change.recordType === 'Organization')).toBe(true);
    expect(history[1].diff).toEqual({ name: { before: 'CNR', after: 'CNRS' }, city: { before: null, after: 'Paris' } });
    expect(history[0].diff.affiliation.after).toMatchObject({
      contactId: contact.id,
      organizationId: org.id,
      role: 'Director',
    });
    // The same link is in the contact's history.
    expect((await historyOf(url, viewer, contact.id)).map((change) => change.action)).toEqual(['LINK', 'CREATE']);
  });

  it('should page through a history with first and after', async () => {
    const api = auditApi(url, editor);
    let org = await api.organization({ name: 'Paged' });
    for (const city of ['Rome', 'Milan', 'Turin'])
      org = await api.update('Organization', { id: org.id, version: org.version, city });
    const page = (after?: string) =>
      ok<{
        history: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: HistoryEntry[] };
      }>(url, editor, HISTORY, { id: org.id, first: 3, after });
    const first = (await page()).history;
    expect(first.totalCount).toBe(4);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.nodes.map((change) => change.diff.city?.after)).toEqual(['Turin', 'Milan', 'Rome']);
    const second = (await page(first.pageInfo.endCursor)).history;
    expect(second.nodes.map((change) => change.action)).toEqual(['CREATE']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it("should leave contacts' emails and phones out of the diffs for viewers only", async () => {
    const contact = await auditApi(url, editor).contact({
      lastName: 'Noether',
      emails: ['emmy@example.org'],
      phones: ['+49 551 0'],
      expertise: ['algebra'],
    });
    const [seenByViewer] = await historyOf(url, viewer, contact.id);
    expect(seenByViewer.diff.lastName).toEqual({ before: null, after: 'Noether' });
    expect(seenByViewer.diff.expertise).toEqual({ before: null, after: ['algebra'] });
    expect(seenByViewer.diff).not.toHaveProperty('emails');
    expect(seenByViewer.diff).not.toHaveProperty('phones');
    const [seenByEditor] = await historyOf(url, editor, contact.id);
    expect(seenByEditor.diff.emails).toEqual({ before: null, after: ['emmy@example.org'] });
    expect(seenByEditor.diff.phones).toEqual({ before: null, after: ['+49 551 0'] });
  });

  it('should hide the changes of a private activity, and its links, from others than its owner', async () => {
    const org = await auditApi(url, editor).organization({ name: 'Secretive' });
    const activity = await auditApi(url, owner).activity({
      subject: 'Confidential call',
      visibility: 'PRIVATE',
      concerns: { organizationIds: [org.id] },
    });
    expect((await historyOf(url, owner, activity.id)).map((change) => change.action).sort()).toEqual([
      'CREATE',
      'LINK',
    ]);
    expect(await historyOf(url, outsider, activity.id)).toEqual([]);
    expect(await historyOf(url, admin, activity.id)).toHaveLength(2);
    // On the organization, the link to the hidden activity is left out as well.
    expect((await historyOf(url, owner, org.id)).map((change) => change.action)).toEqual(['LINK', 'CREATE']);
    expect((await historyOf(url, outsider, org.id)).map((change) => change.action)).toEqual(['CREATE']);
  });

  it('should hide the changes of a team document from users outside the team', async () => {
    const org = await auditApi(url, editor).organization({ name: 'Team only' });
    const document = await auditApi(url, owner).document({
      title: 'Minutes',
      visibility: 'TEAM',
      teamId,
      attachTo: { organizationIds: [org.id] },
    });
    expect((await historyOf(url, owner, document.id)).length).toBeGreaterThan(0);
    expect(await historyOf(url, outsider, document.id)).toEqual([]);
    expect((await historyOf(url, outsider, org.id)).map((change) => change.action)).toEqual(['CREATE']);
    expect((await historyOf(url, owner, org.id)).map((change) => change.action)).toEqual(['LINK', 'CREATE']);
  });

  it('should refuse a history without a session and an id that is not one', async () => {
    expect((await failure(url, undefined, HISTORY, { id: '00000000-0000-4000-8000-000000000000' })).code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await failure(url, editor, HISTORY, { id: 'nope' })).code).toBe('BAD_USER_INPUT');
  });
});
