import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createTeam, createUser } from '../../../test/factories';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';
import { Contact } from '../contact/contact.entity';
import { Organization } from '../organization/organization.entity';
import { Project } from '../project/project.entity';

type Who = 'owner' | 'mate' | 'outsider' | 'reader' | 'admin';
type Name = 'everyone' | 'team' | 'private' | 'otherTeam';

describe('activity visibility', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  const tokens = {} as Record<Who, string>;
  const ids = {} as Record<Name, string>;
  const linkIds = {} as Record<Name, string>;
  let org: Organization;
  let linked: Contact;
  let participant: Contact;
  let project: Project;

  /** Who should see what. */
  const SEES: Record<Who, Name[]> = {
    owner: ['everyone', 'team', 'private'],
    mate: ['everyone', 'team'],
    reader: ['everyone', 'team'],
    outsider: ['everyone', 'otherTeam'],
    admin: ['everyone', 'team', 'private', 'otherTeam'],
  };
  const names = (found: { id: string }[]) =>
    found.map((a) => (Object.keys(ids) as Name[]).find((name) => ids[name] === a.id)).sort();

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    const teamA = await createTeam(db.dataSource);
    const teamB = await createTeam(db.dataSource);
    tokens.owner = (await createUser(db.dataSource, { role: 'editor', teamIds: [teamA.id] })).token;
    tokens.mate = (await createUser(db.dataSource, { role: 'editor', teamIds: [teamA.id] })).token;
    tokens.reader = (await createUser(db.dataSource, { role: 'viewer', teamIds: [teamA.id] })).token;
    tokens.outsider = (await createUser(db.dataSource, { role: 'editor', teamIds: [teamB.id] })).token;
    tokens.admin = (await createUser(db.dataSource, { role: 'admin' })).token;
    const m = db.dataSource.manager;
    org = await m.save(m.create(Organization, { name: 'Visible Org', kind: 'university' }));
    linked = await m.save(m.create(Contact, { lastName: 'Linked' }));
    participant = await m.save(m.create(Contact, { lastName: 'Participant' }));
    project = await m.save(m.create(Project, { name: 'Visible Project', kind: 'national' }));

    const CREATE = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id links { id } } }`;
    const make = async (name: Name, visibility: string, teamId: string, token: string) => {
      const data = await ok<{ createActivity: { id: string; links: { id: string }[] } }>(url, token, CREATE, {
        input: {
          kind: 'MEETING',
          subject: `Seen by ${name}`,
          visibility,
          teamId,
          participantContactIds: [participant.id],
          concerns: { organizationIds: [org.id], contactIds: [linked.id], projectIds: [project.id] },
        },
      });
      ids[name] = data.createActivity.id;
      linkIds[name] = data.createActivity.links[0].id;
    };
    await make('everyone', 'EVERYONE', teamA.id, tokens.owner);
    await make('team', 'TEAM', teamA.id, tokens.owner);
    await make('private', 'PRIVATE', teamA.id, tokens.owner);
    await make('otherTeam', 'TEAM', teamB.id, tokens.outsider);
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  const everyone = Object.keys(SEES) as Who[];

  it.each(everyone)('should list to the %s only what they may see, totalCount included', async (who) => {
    const data = await ok<{ activities: { totalCount: number; nodes: { id: string }[] } }>(
      url,
      tokens[who],
      `query($org: ID!) { activities(filter: { concerning: { organizationId: $org } }) { totalCount nodes { id } } }`,
      { org: org.id },
    );
    expect(names(data.activities.nodes)).toEqual([...SEES[who]].sort());
    expect(data.activities.totalCount).toBe(SEES[who].length);
  });

  it.each(everyone)('should answer null to the %s for a hidden activity by id, as for a missing one', async (who) => {
    for (const name of Object.keys(ids) as Name[]) {
      const data = await ok<{ activity: { id: string } | null }>(
        url,
        tokens[who],
        `query($id: ID!) { activity(id: $id) { id } }`,
        { id: ids[name] },
      );
      expect(data.activity?.id ?? null).toBe(SEES[who].includes(name) ? ids[name] : null);
    }
  });

  it.each(everyone)(
    'should show the %s only visible activities on organizations, contacts and projects',
    async (who) => {
      const data = await ok<{
        organization: { activities: { totalCount: number; nodes: { id: string }[] } };
        activity: {
          concerns: {
            contacts: { activities: { totalCount: number; nodes: { id: string }[] } }[];
            projects: { activities: { totalCount: number; nodes: { id: string }[] } }[];
          };
          participants: { contacts: { activities: { totalCount: number; nodes: { id: string }[] } }[] };
        };
      }>(
        url,
        tokens[who],
        `query($org: ID!, $any: ID!) {
        organization(id: $org) { activities { totalCount nodes { id } } }
        activity(id: $any) {
          concerns {
            contacts { activities { totalCount nodes { id } } }
            projects { activities { totalCount nodes { id } } }
          }
          participants { contacts { activities { totalCount nodes { id } } } }
        }
      }`,
        { org: org.id, any: ids.everyone },
      );
      const lists = [
        data.organization.activities,
        data.activity.concerns.contacts[0].activities,
        data.activity.concerns.projects[0].activities,
        data.activity.participants.contacts[0].activities,
      ];
      for (const list of lists) {
        expect(names(list.nodes)).toEqual([...SEES[who]].sort());
        expect(list.totalCount).toBe(SEES[who].length);
      }
    },
  );

  it('should refuse changes to hidden activities with NOT_FOUND and to seen but foreign ones with FORBIDDEN', async () => {
    const UPDATE = `mutation($id: ID!, $v: Int!) { updateActivity(input: { id: $id, version: $v, outcome: "x" }) { id } }`;
    const hidden = await failure(url, tokens.outsider, UPDATE, { id: ids.team, v: 1 });
    const missing = await failure(url, tokens.outsider, UPDATE, { id: '00000000-0000-4000-8000-000000000000', v: 1 });
    expect(hidden.code).toBe('NOT_FOUND');
    expect(hidden.message.replace(ids.team, 'ID')).toBe(
      missing.message.replace('00000000-0000-4000-8000-000000000000', 'ID'),
    );
    expect((await failure(url, tokens.outsider, UPDATE, { id: ids.everyone, v: 1 })).code).toBe('FORBIDDEN');
    expect((await failure(url, tokens.mate, UPDATE, { id: ids.private, v: 1 })).code).toBe('NOT_FOUND');
    expect((await failure(url, tokens.reader, UPDATE, { id: ids.team, v: 1 })).code).toBe('FORBIDDEN');

    const others = [
      [`mutation($id: ID!) { deleteActivity(input: { id: $id }) { id } }`, { id: ids.team }],
      [
        `mutation($id: ID!) { linkActivity(input: { activityId: $id, organizationId: "${org.id}" }) { id } }`,
        { id: ids.team },
      ],
      [`mutation($id: ID!) { unlinkActivity(input: { id: $id }) { id } }`, { id: linkIds.team }],
      [
        `mutation($id: ID!) { addActivityParticipants(input: { activityId: $id, contactIds: ["${linked.id}"] }) { id } }`,
        { id: ids.team },
      ],
    ] as const;
    for (const [query, variables] of others) {
      expect((await failure(url, tokens.outsider, query, variables)).code).toBe('NOT_FOUND');
    }
    const [{ n }] = await db.dataSource.query(
      `SELECT count(*)::int AS n FROM activities WHERE id = $1 AND deleted_at IS NULL AND version = 1`,
      [ids.team],
    );
    expect(n).toBe(1);
  });

  it.each(['owner', 'mate', 'outsider'] as Who[])('should refuse a personal data export to the %s', async (who) => {
    const refused = await failure(
      url,
      tokens[who],
      `mutation($id: ID!) { exportPersonalData(input: { contactId: $id }) }`,
      {
        id: participant.id,
      },
    );
    expect(refused.code).toBe('FORBIDDEN');
  });

  it.each(['admin'] as Who[])(
    'should export to the %s the activities they may see, of participants and of concerned contacts',
    async (who) => {
      const EXPORT = `mutation($id: ID!) { exportPersonalData(input: { contactId: $id }) }`;
      for (const contact of [participant, linked]) {
        const data = await ok<{ exportPersonalData: { activities: { id: string }[] } }>(url, tokens[who], EXPORT, {
          id: contact.id,
        });
        expect(names(data.exportPersonalData.activities)).toEqual([...SEES[who]].sort());
        // Nor does the history name a hidden one (a link to it tells it exists).
        const text = JSON.stringify(data.exportPersonalData);
        for (const name of Object.keys(ids) as Name[]) {
          expect(text.includes(ids[name])).toBe(SEES[who].includes(name));
        }
      }
    },
  );

  it('should let a team mate and an admin change team and private activities as the rules say', async () => {
    const UPDATE = `mutation($id: ID!, $v: Int!) { updateActivity(input: { id: $id, version: $v, outcome: "ok" }) { version } }`;
    expect(
      (await ok<{ updateActivity: { version: number } }>(url, tokens.mate, UPDATE, { id: ids.team, v: 1 }))
        .updateActivity.version,
    ).toBe(2);
    expect(
      (await ok<{ updateActivity: { version: number } }>(url, tokens.admin, UPDATE, { id: ids.private, v: 1 }))
        .updateActivity.version,
    ).toBe(2);
  });
});
