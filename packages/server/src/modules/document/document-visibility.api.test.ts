import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createTeam, createUser } from '../../../test/factories';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';
import { Activity } from '../activity/activity.entity';
import { Contact } from '../contact/contact.entity';
import { Need } from '../need/need.entity';
import { Organization } from '../organization/organization.entity';
import { Project } from '../project/project.entity';

type Who = 'owner' | 'mate' | 'outsider' | 'reader' | 'admin';
type Name = 'everyone' | 'team' | 'private' | 'otherTeam';
interface Page {
  totalCount: number;
  nodes: { id: string }[];
}

describe('document visibility', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  const tokens = {} as Record<Who, string>;
  const ids = {} as Record<Name, string>;
  let org: Organization;
  let contact: Contact;
  let project: Project;
  let need: Need;
  let publicActivity: Activity;
  let privateActivity: Activity;
  let teamAId: string;

  const SEES: Record<Who, Name[]> = {
    owner: ['everyone', 'team', 'private'],
    mate: ['everyone', 'team'],
    reader: ['everyone', 'team'],
    outsider: ['everyone', 'otherTeam'],
    admin: ['everyone', 'team', 'private', 'otherTeam'],
  };
  const everyone = Object.keys(SEES) as Who[];
  const names = (found: { id: string }[]) =>
    found.map((d) => (Object.keys(ids) as Name[]).find((name) => ids[name] === d.id)).sort();
  const expectVisible = (who: Who, page: Page) => {
    expect(names(page.nodes)).toEqual([...SEES[who]].sort());
    expect(page.totalCount).toBe(SEES[who].length);
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    const teamA = await createTeam(db.dataSource);
    const teamB = await createTeam(db.dataSource);
    teamAId = teamA.id;
    const ownerUser = await createUser(db.dataSource, { role: 'editor', teamIds: [teamA.id] });
    tokens.owner = ownerUser.token;
    tokens.mate = (await createUser(db.dataSource, { role: 'editor', teamIds: [teamA.id] })).token;
    tokens.reader = (await createUser(db.dataSource, { role: 'viewer', teamIds: [teamA.id] })).token;
    tokens.outsider = (await createUser(db.dataSource, { role: 'editor', teamIds: [teamB.id] })).token;
    tokens.admin = (await createUser(db.dataSource, { role: 'admin' })).token;
    const m = db.dataSource.manager;
    org = await m.save(m.create(Organization, { name: 'Doc Org', kind: 'university' }));
    contact = await m.save(m.create(Contact, { lastName: 'Doc Contact' }));
    project = await m.save(m.create(Project, { name: 'Doc Project', kind: 'national' }));
    need = await m.save(m.create(Need, { organizationId: org.id, title: 'Doc Need', category: 'storage' }));
    const activity = (visibility: 'everyone' | 'private') =>
      m.save(
        m.create(Activity, { kind: 'meeting', subject: `A ${visibility}`, visibility, ownerId: ownerUser.user.id }),
      );
    publicActivity = await activity('everyone');
    privateActivity = await activity('private');

    const make = async (name: Name, visibility: string, teamId: string, token: string) => {
      const data = await ok<{ createDocument: { id: string } }>(
        url,
        token,
        `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`,
        {
          input: {
            title: `Doc for ${name}`,
            visibility,
            teamId,
            attachTo: {
              organizationIds: [org.id],
              contactIds: [contact.id],
              projectIds: [project.id],
              activityIds: [publicActivity.id],
              needIds: [need.id],
            },
          },
        },
      );
      ids[name] = data.createDocument.id;
    };
    await make('everyone', 'EVERYONE', teamA.id, tokens.owner);
    await make('team', 'TEAM', teamA.id, tokens.owner);
    await make('private', 'PRIVATE', teamA.id, tokens.owner);
    await make('otherTeam', 'TEAM', teamB.id, tokens.outsider);
    // The public document is also attached to an activity only its owner may see.
    await ok(url, tokens.owner, `mutation($input: AttachDocumentInput!) { attachDocument(input: $input) { id } }`, {
      input: { documentId: ids.everyone, activityId: privateActivity.id },
    });
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  it.each(everyone)('should list to the %s only the documents they may see, by id too', async (who) => {
    const data = await ok<{ documents: Page }>(
      url,
      tokens[who],
      `query($org: ID!) { documents(filter: { attachedTo: { organizationId: $org } }) { totalCount nodes { id } } }`,
      { org: org.id },
    );
    expectVisible(who, data.documents);
    for (const name of Object.keys(ids) as Name[]) {
      const one = await ok<{ document: { id: string } | null }>(
        url,
        tokens[who],
        `query($id: ID!) { document(id: $id) { id } }`,
        {
          id: ids[name],
        },
      );
      expect(one.document?.id ?? null).toBe(SEES[who].includes(name) ? ids[name] : null);
    }
  });

  it.each(everyone)('should show the %s the needs of the documents they may see, and no other', async (who) => {
    for (const name of Object.keys(ids) as Name[]) {
      const one = await ok<{
        document: { attachedTo: { needs: { id: string }[] }; links: { needId: string | null; need: unknown }[] } | null;
      }>(
        url,
        tokens[who],
        `query($id: ID!) { document(id: $id) { attachedTo { needs { id } } links { needId need { id } } } }`,
        {
          id: ids[name],
        },
      );
      if (!SEES[who].includes(name)) {
        expect([name, one.document]).toEqual([name, null]);
        continue;
      }
      expect(one.document!.attachedTo.needs).toEqual([{ id: need.id }]);
      expect(one.document!.links.filter((link) => link.needId)).toEqual([{ needId: need.id, need: { id: need.id } }]);
    }
  });

  it.each(everyone)(
    'should show the %s only visible documents on organizations, contacts, projects and activities',
    async (who) => {
      const data = await ok<{
        organization: { documents: Page };
        activity: {
          documents: Page;
          concerns: { contacts: { documents: Page }[]; projects: { documents: Page }[] };
        };
        document: { attachedTo: { contacts: { documents: Page }[]; projects: { documents: Page }[] } };
      }>(
        url,
        tokens[who],
        `query($org: ID!, $activity: ID!, $doc: ID!) {
        organization(id: $org) { documents { totalCount nodes { id } } }
        activity(id: $activity) { documents { totalCount nodes { id } } }
        document(id: $doc) {
          attachedTo {
            contacts { documents { totalCount nodes { id } } }
            projects { documents { totalCount nodes { id } } }
          }
        }
      }`,
        { org: org.id, activity: publicActivity.id, doc: ids.everyone },
      );
      expectVisible(who, data.organization.documents);
      expectVisible(who, data.activity.documents);
      expectVisible(who, data.document.attachedTo.contacts[0].documents);
      expectVisible(who, data.document.attachedTo.projects[0].documents);
    },
  );

  it.each(['owner', 'mate', 'outsider'] as Who[])('should refuse a personal data export to the %s', async (who) => {
    const refused = await failure(
      url,
      tokens[who],
      `mutation($id: ID!) { exportPersonalData(input: { contactId: $id }) }`,
      {
        id: contact.id,
      },
    );
    expect(refused.code).toBe('FORBIDDEN');
  });

  it.each(['admin'] as Who[])(
    "should export to the %s the documents they may see of a contact's, history included",
    async (who) => {
      const data = await ok<{ exportPersonalData: { documents: { id: string }[] } }>(
        url,
        tokens[who],
        `mutation($id: ID!) { exportPersonalData(input: { contactId: $id }) }`,
        { id: contact.id },
      );
      expect(names(data.exportPersonalData.documents)).toEqual([...SEES[who]].sort());
      const text = JSON.stringify(data.exportPersonalData);
      for (const name of Object.keys(ids) as Name[]) {
        expect(text.includes(ids[name])).toBe(SEES[who].includes(name));
      }
    },
  );

  it('should not show an activity the viewer may not see among what a document is attached to', async () => {
    const QUERY = `query($id: ID!, $hidden: ID!) {
      document(id: $id) { attachedTo { activities { id } } links { activityId activity { id } } }
      documents(filter: { attachedTo: { activityId: $hidden } }) { totalCount }
    }`;
    const variables = { id: ids.everyone, hidden: privateActivity.id };
    const mate = await ok<{
      document: { attachedTo: { activities: { id: string }[] }; links: { activityId: string | null }[] };
      documents: { totalCount: number };
    }>(url, tokens.mate, QUERY, variables);
    expect(mate.document.attachedTo.activities).toEqual([{ id: publicActivity.id }]);
    expect(mate.document.links.map((l) => l.activityId)).not.toContain(privateActivity.id);
    expect(mate.documents.totalCount).toBe(0);
    const owner = await ok<typeof mate>(url, tokens.owner, QUERY, variables);
    expect(owner.document.attachedTo.activities.map((a) => a.id).sort()).toEqual(
      [publicActivity.id, privateActivity.id].sort(),
    );
    expect(owner.documents.totalCount).toBe(1);
  });

  it('should refuse to attach to an activity the viewer may not see, as if it did not exist', async () => {
    const ATTACH = `mutation($input: AttachDocumentInput!) { attachDocument(input: $input) { id } }`;
    const hidden = await failure(url, tokens.mate, ATTACH, {
      input: { documentId: ids.team, activityId: privateActivity.id },
    });
    const missing = await failure(url, tokens.mate, ATTACH, {
      input: { documentId: ids.team, activityId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(hidden.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(hidden.extensions.fields as object)).toEqual(['activityId']);
    expect(hidden.message.replace(privateActivity.id, 'ID')).toBe(
      missing.message.replace('00000000-0000-4000-8000-000000000000', 'ID'),
    );
  });

  it('should refuse changes to hidden documents with NOT_FOUND and to seen but foreign ones with FORBIDDEN', async () => {
    const UPDATE = `mutation($id: ID!) { updateDocument(input: { id: $id, version: 1, body: "x" }) { id } }`;
    expect((await failure(url, tokens.outsider, UPDATE, { id: ids.team })).code).toBe('NOT_FOUND');
    expect((await failure(url, tokens.outsider, UPDATE, { id: ids.everyone })).code).toBe('FORBIDDEN');
    expect((await failure(url, tokens.mate, UPDATE, { id: ids.private })).code).toBe('NOT_FOUND');
    expect((await failure(url, tokens.reader, UPDATE, { id: ids.team })).code).toBe('FORBIDDEN');
    const DELETE = `mutation($id: ID!) { deleteDocument(input: { id: $id }) { id } }`;
    expect((await failure(url, tokens.outsider, DELETE, { id: ids.private })).code).toBe('NOT_FOUND');
    const ATTACH = `mutation($id: ID!) { attachDocument(input: { documentId: $id, needId: null, projectId: "${project.id}" }) { id } }`;
    expect((await failure(url, tokens.outsider, ATTACH, { id: ids.team })).code).toBe('NOT_FOUND');
    await ok(url, tokens.mate, UPDATE, { id: ids.team });
    await ok(url, tokens.admin, UPDATE, { id: ids.private });
  });

  it('should stop a trashed team from sharing its documents, until it is restored', async () => {
    const DOCUMENT = `query($id: ID!) { document(id: $id) { id } }`;
    const seenByMate = async () =>
      (await ok<{ document: { id: string } | null }>(url, tokens.mate, DOCUMENT, { id: ids.team })).document;
    expect(await seenByMate()).toEqual({ id: ids.team });

    const input = { id: teamAId };
    await ok(url, tokens.admin, `mutation($input: DeleteRecordInput!) { deleteTeam(input: $input) { id } }`, { input });
    expect(await seenByMate()).toBeNull();
    const owned = await ok<{ document: { id: string } | null }>(url, tokens.owner, DOCUMENT, { id: ids.team });
    expect(owned.document).toEqual({ id: ids.team });

    await ok(url, tokens.admin, `mutation($input: RestoreRecordInput!) { restoreTeam(input: $input) { id } }`, {
      input,
    });
    expect(await seenByMate()).toEqual({ id: ids.team });
  });
});
